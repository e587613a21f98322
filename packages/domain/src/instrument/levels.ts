import type { ContinuumLevel } from './types.js';

/*
 * The five levels of the integration continuum (the handbook's Schéma 3, section IV.a
 * "LES NIVEAUX DE PARTENARIAT"). French descriptions verbatim from the handbook (line breaks
 * joined with single spaces); English a faithful translation.
 */
export const CONTINUUM_LEVELS: ContinuumLevel[] = [
  {
    level: 1,
    name: { en: 'Coexistence', fr: 'Coexistence' },
    description: {
      en: 'Coexistence is characterized by the lowest level of interaction. The services work independently of each other and do not cooperate in their strategies or in operations. No formal arrangement is put in place.',
      fr: "La coexistence se distingue par le niveau d’interaction le plus faible. Les services travaillent indépendamment l'un de l'autre et ne coopèrent pas au titre de leurs stratégies ou dans le cadre d’opérations. Aucun dispositif formel n'est mis sur pied.",
    },
  },
  {
    level: 2,
    name: { en: 'Communication', fr: 'Communication' },
    description: {
      en: 'Communication involves informal meetings that may lead to limited and sporadic exchanges of information, which will depend on the pressing needs of one party or the other, or which are dictated by emergencies and immediate events.',
      fr: "La communication implique des réunions informelles pouvant aboutir à des échanges d'information limités et sporadiques, qui seront fonction des besoins pressants de l'une ou l'autre partie, ou qui sont dictés par les situations d'urgence et des événements immédiats.",
    },
  },
  {
    level: 3,
    name: { en: 'Cooperation', fr: 'Coopération' },
    description: {
      en: 'Cooperation requires a more formal structure, the holding of formal meetings and more regular exchanges of intelligence, so that the two border agencies can achieve their respective objectives. This model also involves the sharing of resources.',
      fr: 'La coopération exige une structure plus formelle, l’organisation de réunions formelles et des échanges de renseignements plus réguliers, afin que les deux organes frontaliers puissent atteindre leurs objectifs respectifs. Ce modèle implique également le partage des ressources.',
    },
  },
  {
    level: 4,
    name: { en: 'Coordination', fr: 'Coordination' },
    description: {
      en: 'Coordination is a more advanced model, based on the sharing of tasks, with the same aim of enabling both services to meet their respective objectives. The front-line officers of both services work hand in hand every day, to avoid overlaps or duplication and to achieve greater overall efficiency.',
      fr: 'La coordination est un modèle plus avancé, fondé sur le partage des tâches, dans le même but de permettre aux deux services de satisfaire à leurs objectifs respectifs. Les agents de première ligne des deux services travaillent quotidiennement main dans la main, pour éviter les chevauchements ou les doubles emplois et parvenir à une plus grande efficacité générale.',
    },
  },
  {
    level: 5,
    name: { en: 'Collaboration', fr: 'Collaboration' },
    description: {
      en: 'Collaboration is the highest level of integration. Information exchanges are permanent and take place through integrated databases. Institutional resources are pooled. Methods, practices and values are harmonized and the conditions for the emergence of a new organizational culture and a common language are in place. The services share most of their objectives and take joint responsibility for achieving them.',
      fr: "La collaboration correspond au niveau d'intégration le plus poussé. Les échanges d’informations sont permanents et se font par l'intermédiaire de bases de données intégrées. Les ressources institutionnelles sont mises en commun. Les méthodes, les pratiques et les valeurs sont harmonisées et les conditions de l'émergence d'une nouvelle culture organisationnelle et d'un langage commun sont réunies. Les services se partagent la plupart des objectifs et assument ensemble la responsabilité de leur réalisation.",
    },
  },
];
