import type { DimensionDefinition } from './types.js';

/*
 * The nine dimensions of the diagnostic, each tied to the handbook section that discusses it.
 * sectionTitle.fr is the handbook's heading verbatim; guidance.fr is quoted verbatim from that
 * section (it is the fallback recommendation where an item's "Solutions possibles" cell is blank);
 * the English texts are faithful translations.
 */
export const DIMENSION_DEFINITIONS: DimensionDefinition[] = [
  {
    code: 'governance',
    label: { en: 'Governance and formal arrangements', fr: 'Gouvernance et cadre formel' },
    section: 'IV.b',
    sectionTitle: {
      en: 'THE KEY ELEMENTS OF CUSTOMS-POLICE COOPERATION',
      fr: 'LES ÉLÉMENTS CLÉS DE LA COOPÉRATION DOUANE-POLICE',
    },
    guidance: {
      en: 'In countries where Customs and the Police collaborate little (or not at all), consideration should be given to setting up a Customs-Police Cooperation Committee (CPCC), governed jointly by the heads or strategic decision-making bodies of Customs and the Police, who represent their respective administrators.',
      fr: "Dans les pays où la douane et la police collaborent peu (ou pas du tout), il conviendrait d'envisager la constitution d'un Comité de coopération douane-police (CCDP), gouverné conjointement par les dirigeants ou les organes de décision stratégique de la douane et de la police, qui représentent leurs administrateurs respectifs.",
    },
  },
  {
    code: 'information_exchange',
    label: { en: 'Information exchange', fr: 'Échange d’informations' },
    section: 'III.a',
    sectionTitle: { en: 'THE EXCHANGE OF INTELLIGENCE', fr: 'L’ÉCHANGE DE RENSEIGNEMENTS' },
    guidance: {
      en: 'As models of information exchange, INTERPOL’s databases, such as the nominal database, the Stolen and Lost Travel Documents database and the Stolen Motor Vehicles database, allow an international exchange of information that can be used by both Customs and the Police. Similar information exchange procedures can be implemented for comparable purposes at national level between law enforcement services.',
      fr: 'Modèles d’échange d’informations, les bases de données d’INTERPOL, comme la base de données nominatives, la base de données de documents de voyage volés et perdus et la base de données de véhicules volés, permettent un échange international d’informations exploitables à la fois par la douane et la police. Des procédures d’échange d’informations similaires peuvent être mises en œuvre à des fins analogues au niveau national entre les services répressifs.',
    },
  },
  {
    code: 'risk_targeting',
    label: { en: 'Risk analysis and targeting', fr: 'Analyse de risque et ciblage' },
    section: 'III.b',
    sectionTitle: {
      en: 'COOPERATION FOR RISK ANALYSIS AND TARGETING',
      fr: "LA COOPÉRATION À DES FINS D'ANALYSE DE RISQUE ET DE CIBLAGE",
    },
    guidance: {
      en: 'In some countries, the Police have been invited to join the work of these centres and the collaboration has resulted in improved planning, coordination and response measures. It has generally enabled all government bodies to achieve more effective and cost-efficient border management.',
      fr: "Dans certains pays, la police a été invitée à se joindre aux travaux de ces centres et la collaboration s’est traduite par une amélioration de la planification, de la coordination et des mesures d'intervention. Elle a généralement permis à toutes les instances gouvernementales d’assurer une gestion frontalière plus efficace et rentable.",
    },
  },
  {
    code: 'joint_controls',
    label: { en: 'Joint controls and operations', fr: 'Contrôles et opérations conjoints' },
    section: 'V.b',
    sectionTitle: { en: 'JOINT ACTIVITIES', fr: 'ACTIVITÉS CONJOINTES' },
    guidance: {
      en: 'Whatever the cooperation mechanisms, to give them substance, Customs and the Police must undertake joint activities, which will enable each to better understand the methods and cultures of its counterpart, but they must also establish between them the routines and automatic reflexes that are essential to the coordination and effectiveness of operational activities.',
      fr: 'Quels que soient les mécanismes de coopération, pour leur donner corps, la douane et la police doivent entreprendre des activités communes, qui permettront à chacune de mieux comprendre les méthodes et les cultures de son homologue, mais elles doivent en outre établir entre elles des routines et des automatismes indispensables à la coordination et à l’efficacité des activités opérationnelles.',
    },
  },
  {
    code: 'enforcement_powers',
    label: { en: 'Enforcement powers', fr: 'Prérogatives de lutte contre la fraude' },
    section: 'II.b',
    sectionTitle: { en: 'THE WEIGHT OF NATIONAL LEGISLATION', fr: 'LE POIDS DE LA LÉGISLATION NATIONALE' },
    guidance: {
      en: 'The national legal framework must imperatively be taken into account, since it sets the competences and powers assigned to Customs and the Police and plays a major role in defining the relationship that develops between them.',
      fr: 'Le cadre juridique national doit impérativement être pris en considération, car il fixe les compétences et prérogatives assignées à la douane et à la police et il joue un rôle majeur dans la définition des rapports qui s’établissent entre elles.',
    },
  },
  {
    code: 'investigations',
    label: { en: 'Interceptions and investigations', fr: 'Interceptions et enquêtes' },
    section: 'III.c',
    sectionTitle: {
      en: 'COOPERATION IN INTERCEPTIONS AND INVESTIGATIONS',
      fr: 'LA COOPÉRATION DANS LE CADRE DES INTERCEPTIONS ET DES ENQUÊTES',
    },
    guidance: {
      en: 'In cases falling under both criminal law and customs legislation, the creation of joint investigation teams is an asset. They can be set up for a fixed period and for specific purposes or for the longer term, in accordance with the provisions of high-level agreements.',
      fr: "Dans les cas relevant en même temps du droit pénal et de la législation douanière, la création d'équipes communes d'enquête est un atout. Elles peuvent être constituées pour une durée déterminée et à des fins précises ou à plus long terme, conformément aux dispositions des accords de haut niveau.",
    },
  },
  {
    code: 'resource_sharing',
    label: { en: 'Resource sharing', fr: 'Mise en commun des ressources' },
    section: 'II.c',
    sectionTitle: {
      en: 'THE COORDINATED MANAGEMENT OF LIMITED RESOURCES',
      fr: 'LA GESTION COORDONNÉE DE RESSOURCES RESTREINTES',
    },
    guidance: {
      en: 'By working together, organizations can make effective use of the limited resources at their disposal and achieve better results.',
      fr: 'En travaillant de concert, les organisations peuvent utiliser efficacement les ressources restreintes mises à leur disposition et obtenir de meilleurs résultats.',
    },
  },
  {
    code: 'liaison',
    label: { en: 'Liaison officers', fr: 'Agents de liaison' },
    section: 'V.c',
    sectionTitle: { en: 'LIAISON OFFICERS', fr: 'AGENTS DE LIAISON' },
    guidance: {
      en: 'The deployment of liaison officers can improve information exchange and coordination, from both an operational and a strategic point of view. The roles and responsibilities of these officers must be clearly defined at the start of a new relationship, with the mandatory agreement of both services.',
      fr: "Le déploiement d'agents de liaison peut améliorer l'échange d'informations et la coordination, d'un point de vue tant opérationnel que stratégique. Les rôles et responsabilités de ces agents doivent être clairement définis dès le début d’une nouvelle relation, avec l’accord impératif des deux services.",
    },
  },
  {
    code: 'training',
    // The items ask whether one service trains the other's officers (A.15.1, A.16.1), not about joint training or
    // exchanges of staff: the label says what is measured; sectionTitle keeps the handbook's heading.
    label: { en: 'Cross-training of officers', fr: 'Formation croisée des agents' },
    section: 'V.d',
    sectionTitle: {
      en: 'JOINT TRAINING AND EXCHANGE OF OFFICERS',
      fr: 'FORMATIONS COMMUNES ET ÉCHANGE D’AGENTS',
    },
    guidance: {
      en: 'Countries planning to implement joint training for Customs and Police officers may wish to begin the process with subjects such as leadership, stress management and first aid, before moving on to more technical topics. The exchange of officers should also be seen as a good way of intensifying cooperation and of strengthening officers’ knowledge of the aims, objectives and modus operandi of each service.',
      fr: 'Les pays prévoyant de mettre en œuvre une formation conjointe pour les agents des douanes et de la police peuvent éventuellement entamer ce processus par des sujets comme le leadership, la gestion du stress et les premiers secours, avant de passer à des thèmes plus techniques. L’échange d’agents doit également être considéré comme une bonne manière d’intensifier la coopération et de renforcer la connaissance qu’ont les agents des buts, objectifs et modes opératoires de chaque service.',
    },
  },
];
