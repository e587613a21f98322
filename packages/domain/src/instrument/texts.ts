import type { Localized } from '../i18n.js';

/*
 * The diagnostic tool of the WCO/INTERPOL Customs–Police Cooperation Handbook (section X,
 * "Outil de diagnostic"), item by item: the three columns of each table ("Questions de l`outil",
 * "Carences communes", "Solutions possibles").
 * - French: verbatim from the handbook's section X (line breaks joined with single spaces, words
 *   hyphenated across lines rejoined; the handbook's punctuation, spelling and apostrophes kept).
 * - English: a faithful translation of the French.
 * - Blank cells (nothing, or a stray ".") are kept blank ("" in both languages).
 */

export interface ItemTexts {
  question: Localized;
  gaps: Localized;
  solutions: Localized;
}

/** A blank cell: a fresh object each time so that no two items share one. */
const blank = (): Localized => ({ en: '', fr: '' });

export const ITEM_TEXTS: Record<string, ItemTexts> = {
  'A.1': {
    question: {
      en: 'What arrangements has your country made to ensure Customs-Police cooperation?',
      fr: 'Quelles sont les dispositions prises par votre pays pour assurer la coopération douane-police ?',
    },
    gaps: {
      en: 'No arrangements. Coexistence without much interaction.',
      fr: 'Aucune disposition. Coexistence sans grandes interactions.',
    },
    solutions: {
      en: 'Conclusion of an MoU/MoA between Customs and the Police',
      fr: 'Conclusion d’un PE/PA entre la douane et la police',
    },
  },
  'A.2.1': {
    question: {
      en: 'Has the service concluded an official protocol for the secure exchange of information?',
      fr: "Le service a-t-il conclu un protocole officiel d'échange sécurisé d'informations ?",
    },
    gaps: {
      en: 'No exchange of information or, at best, inefficient exchanges between Customs and the Police.',
      fr: "Absence d'échange d'informations ou, dans le meilleur des cas, échanges inefficaces entre la douane et la police.",
    },
    solutions: {
      en: 'Encourage the services to take an active part in the use of national information and data-sharing systems, through fusion centres, liaison officers or single points of contact.',
      fr: "Encourager les services à participer activement à l'exploitation des informations nationales et des systèmes de partage de données, par l'intermédiaire des centres de fusion, des agents de liaison ou de correspondants uniques.",
    },
  },
  'A.2.2': {
    question: {
      en: 'Please describe the arrangements for these exchanges and how often they take place.',
      fr: 'Veuillez décrire les modalités et la fréquence de ces échanges.',
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.3.1': {
    question: {
      en: 'Do the services cooperate in risk analysis and targeting?',
      fr: 'Les services coopèrent-ils au cours de l’analyse des risques et du ciblage ?',
    },
    gaps: {
      en: 'No communication between Customs and the Police. No identification of shared risks.',
      fr: "Aucune communication entre la douane et la police. Pas d'identification de risques partagés.",
    },
    solutions: {
      en: 'Joint profiling/risk analysis operations.',
      fr: "Opérations conjointes de profilage/d'analyse de risque.",
    },
  },
  'A.3.2': {
    question: {
      en: 'If so, is this arrangement based on an MoU or on a legislative framework?',
      fr: "Dans l'affirmative, ce dispositif repose-t-il sur un PE ou sur un cadre législatif ?",
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.4.1': {
    question: {
      en: 'Do the services cooperate in controls of means of transport and in controlled delivery operations.',
      fr: 'Les services coopèrent-ils au cours des contrôles des modes de transport et des opérations de livraison contrôlée.',
    },
    gaps: {
      en: 'No communication. Overlapping control activities.',
      fr: 'Pas de communication. Chevauchement des activités de contrôle.',
    },
    solutions: {
      en: 'Joint operations.',
      fr: 'Opérations conjointes.',
    },
  },
  'A.4.2': {
    question: {
      en: 'If so, is this arrangement based on an MoU or on a legislative framework?',
      fr: "Dans l'affirmative, ce dispositif repose-t-il sur un PE ou sur un cadre législatif ?",
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.5.1': {
    question: {
      en: 'Is the service empowered to make seizures in all risk areas (narcotics, counterfeits, endangered species, currency smuggling,…)?',
      fr: 'Le service est-il habilité à procéder à des saisies dans tous les domaines de risque (stupéfiants, contrefaçons, espèces menacées, contrebande de devises,…) ?',
    },
    gaps: {
      en: 'No authority.',
      fr: 'Aucune autorité.',
    },
    solutions: blank(),
  },
  'A.5.2': {
    question: {
      en: 'If not, what are the areas of exclusive competence of each service?',
      fr: 'Dans la négative, quels sont les domaines de compétence exclusive de chaque service ?',
    },
    gaps: {
      en: 'The lack of cooperation in certain risk areas hampers the work.',
      fr: 'Le manque de coopération dans certains domaines de risque entrave le travail.',
    },
    solutions: blank(),
  },
  'A.6': {
    question: {
      en: 'Do the services cooperate in investigations?',
      fr: 'Les services coopèrent-ils au cours des enquêtes ?',
    },
    gaps: {
      en: 'No communication. Overlapping measures.',
      fr: 'Pas de communication. Chevauchement des mesures prises.',
    },
    solutions: {
      en: 'Joint investigations in the coexistence, communication and cooperation models.',
      fr: 'Enquêtes communes dans les modèles de coexistence, de communication et de coopération.',
    },
  },
  'A.7.1': {
    question: {
      en: 'Is the service empowered to investigate offences or organized crime?',
      fr: 'Le service est-il habilité à enquêter sur les délits ou sur la criminalité organisée ?',
    },
    gaps: {
      en: 'Officers are not necessarily empowered to conduct criminal investigations. Responsibilities or competences may be shared with other national administrations.',
      fr: "Les agents ne sont pas forcément habilités à mener des enquêtes pénales. Les responsabilités ou les compétences peuvent être partagées avec d'autres administrations nationales.",
    },
    solutions: blank(),
  },
  'A.7.2': {
    question: {
      en: 'If so, how is the investigation organized?',
      fr: "Dans l'affirmative, comment s’organise l’enquête ?",
    },
    gaps: {
      en: 'No mechanism for compiling intelligence or for verifying information passed on by counterparts or third parties.',
      fr: 'Absence de mécanisme de compilation des renseignements ou de vérification des informations transmises par des homologues ou des tiers.',
    },
    solutions: blank(),
  },
  'A.8': {
    question: {
      en: 'Is the service empowered to conduct investigations alongside the national prosecuting authorities?',
      fr: 'Le service est-il habilité à mener des enquêtes aux côtés des instances nationales chargées des poursuites ?',
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.9': {
    question: {
      en: 'Can the service carry out surveillance of persons, goods and buildings, and use communications interception systems and other surveillance equipment?',
      fr: "Le service peut-il surveiller des personnes, des marchandises et des bâtiments, recourir à des systèmes d'interception des communications et autre matériel de surveillance ?",
    },
    gaps: {
      en: 'No official powers, policies or procedures governing the use of electronic interception equipment. Insufficient skills/expertise/equipment.',
      fr: "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation du matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.",
    },
    solutions: blank(),
  },
  'A.10': {
    question: {
      en: 'Does the service have its own framework governing undercover officers?',
      fr: 'Le service dispose-t-il de son propre cadre régissant les agents sous couverture ?',
    },
    gaps: {
      en: 'No authority, or does it rely on other administrations to conduct undercover operations?',
      fr: 'Aucune autorité, ou il compte sur d’autres administrations pour mener des opérations sous couverture ?',
    },
    solutions: blank(),
  },
  'A.11': {
    question: {
      en: 'Is the service empowered to authorize the use of informants? If so, what are the arrangements for sharing?',
      fr: 'Le service est-il habilité à autoriser le déploiement d’informateurs ? Dans l’affirmative, quelles sont les modalités du partage ?',
    },
    gaps: {
      en: 'No authority.',
      fr: 'Aucune autorité.',
    },
    solutions: blank(),
  },
  'A.12': {
    question: {
      en: 'Does the service have forensic science capabilities, or do these capabilities lie with other services?',
      fr: 'Le service a-t-il des compétences en matière de police scientifique ou ces compétences relèvent-elles d’autres services ?',
    },
    gaps: {
      en: 'No official powers, policies or procedures governing the use of electronic interception equipment. Insufficient skills/expertise/equipment.',
      fr: "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation de matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.",
    },
    solutions: blank(),
  },
  'A.13': {
    question: {
      en: 'Do Customs and the Police pool their resources (infrastructure, equipment, means of transport…) during joint operations?',
      fr: 'La douane et la police mettent-elles leurs moyens en commun (infrastructure, matériel, moyens de transport…) lors des opérations conjointes ?',
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.14.1': {
    question: {
      en: 'Does the Customs administration send liaison officers to the police services (and vice versa) for enforcement purposes?',
      fr: "L'administration des douanes envoie-t-elle des agents de liaison auprès des services de police (et vice-versa), à des fins de lutte contre la fraude ?",
    },
    gaps: {
      en: 'No liaison officers. No communication. Overlapping control activities.',
      fr: "Pas d'agents de liaison. Pas de communication. Chevauchement des activités de contrôle.",
    },
    solutions: {
      en: 'Where physical secondment to the units in place is impossible owing to a lack of resources, consider setting up virtual working groups at national level.',
      fr: "Lorsque le détachement physique auprès des unités en place est impossible par manque de ressources, envisager la constitution de groupes de travail virtuels à l'échelle nationale.",
    },
  },
  'A.14.2': {
    question: {
      en: 'If so, please describe the role of the Customs and/or Police liaison officers.',
      fr: 'Dans l`affirmative, veuillez décrire le rôle des agents de liaison de la douane et/ou de la police.',
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.15.1': {
    question: {
      en: 'Does the Customs service provide training for police officers?',
      fr: 'Le service des douanes prévoit-il une formation des agents de police ?',
    },
    gaps: {
      en: 'No training available.',
      fr: 'Pas de formation disponible.',
    },
    solutions: blank(),
  },
  'A.15.2': {
    question: {
      en: 'If so, in which areas of competence?',
      fr: "Dans l'affirmative, dans quels domaines de compétence ?",
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.16.1': {
    question: {
      en: 'Does the Police offer training to Customs officials?',
      fr: 'La police propose-t-elle des formations aux fonctionnaires de la douane ?',
    },
    gaps: {
      en: 'No training available.',
      fr: 'Pas de formation disponible.',
    },
    solutions: blank(),
  },
  'A.16.2': {
    question: {
      en: 'If so, in which areas of competence?',
      fr: "Dans l'affirmative, dans quels domaines de compétence ?",
    },
    gaps: blank(),
    solutions: blank(),
  },
  'A.17': {
    question: {
      en: 'What difficulties do you encounter in cooperation between Customs and the Police?',
      fr: 'Quelles difficultés rencontrez-vous dans le cadre de la coopération entre la douane et la police ?',
    },
    gaps: {
      en: 'Overlapping mandates and initiatives in certain risk areas.',
      fr: 'Chevauchement des mandats et des initiatives dans certains domaines de risque.',
    },
    solutions: {
      en: 'Set up Customs-Police Cooperation Committees by means of an MoU; describe the methods and spheres of cooperation, hold regular meetings to deal with problems.',
      fr: "Constituer des Comités de coopération douane-police, par l'entremise d'un PE ; décrire les méthodes et les sphères de coopération, organiser régulièrement des réunions pour traiter les problèmes.",
    },
  },
  'A.18': {
    question: {
      en: 'According to diagram 2 above, where would you place the relationship between Customs and the Police in your country?',
      fr: 'Selon le schéma 2 ci-dessus, où situeriez-vous les relations entre la douane et la police dans votre pays ?',
    },
    gaps: {
      en: 'Coexistence without communication or relationship.',
      fr: 'Coexistence sans communication ni relation.',
    },
    solutions: blank(),
  },
  'A.19': {
    question: {
      en: 'Does the service provide for recognition of work carried out in cooperation with the other service?',
      fr: 'Le service prévoit-il une reconnaissance du travail effectué en coopération avec l’autre service ?',
    },
    gaps: {
      en: 'No recognition of joint Customs-Police work carried out.',
      fr: 'Aucune reconnaissance du travail conjoint douane-police effectué.',
    },
    solutions: blank(),
  },
};
