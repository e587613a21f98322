/**
 * Spanish translations of the domain's texts (questionnaire, levels, dimensions, vocabularies, region names), keyed by the French
 * source text, which is the handbook's own. Unofficial: translated from the French for this product.
 */
export const ES_TEXTS: Readonly<Record<string, string>> = {
  'analyse et ciblage des risques': 'análisis de riesgos y selección de objetivos',
  interceptions: 'interceptaciones',
  enquêtes: 'investigaciones',
  'activités opérationnelles': 'actividades operativas',
  'opérations de livraison contrôlée': 'operaciones de entrega vigilada',
  'Aucune disposition': 'Ninguna disposición',
  'Dispositions informelles': 'Disposiciones informales',
  'Protocole d’entente (PE)': 'Memorando de entendimiento (MdE)',
  'Protocole d’accord (PA)': 'Memorando de acuerdo (MdA)',
  'Cadre législatif': 'Marco legislativo',
  'Comité de coopération douane-police (CCDP)': 'Comité de cooperación aduanas-policía (CCAP)',
  'Base informelle': 'Base informal',
  PE: 'MdE',
  'Documents de voyage volés et perdus (SLTD)': 'Documentos de viaje robados y perdidos (SLTD)',
  'Véhicules volés (SMV)': 'Vehículos robados (SMV)',
  'Données nominatives': 'Datos nominales',
  Notices: 'Notificaciones',
  Cocaïne: 'Cocaína',
  Cannabis: 'Cannabis',
  Héroïne: 'Heroína',
  'Drogues de synthèse': 'Drogas sintéticas',
  Précurseurs: 'Precursores',
  Contrefaçons: 'Falsificaciones',
  Médicaments: 'Medicamentos',
  Tabac: 'Tabaco',
  Alcool: 'Alcohol',
  'Espèces sauvages': 'Especies silvestres',
  Bois: 'Madera',
  'Biens culturels': 'Bienes culturales',
  Armes: 'Armas',
  Munitions: 'Municiones',
  Explosifs: 'Explosivos',
  'Espèces (devises)': 'Efectivo (divisas)',
  'Déchets dangereux': 'Desechos peligrosos',
  Autre: 'Otro',
  Coexistence: 'Coexistencia',
  "La coexistence se distingue par le niveau d’interaction le plus faible. Les services travaillent indépendamment l'un de l'autre et ne coopèrent pas au titre de leurs stratégies ou dans le cadre d’opérations. Aucun dispositif formel n'est mis sur pied.":
    'La coexistencia se caracteriza por el nivel de interacción más bajo. Los servicios trabajan de forma independiente el uno del otro y no cooperan en lo que respecta a sus estrategias ni en el marco de operaciones. No se establece ningún dispositivo formal.',
  Communication: 'Comunicación',
  "La communication implique des réunions informelles pouvant aboutir à des échanges d'information limités et sporadiques, qui seront fonction des besoins pressants de l'une ou l'autre partie, ou qui sont dictés par les situations d'urgence et des événements immédiats.":
    'La comunicación implica reuniones informales que pueden dar lugar a intercambios de información limitados y esporádicos, que dependerán de las necesidades apremiantes de una u otra parte, o que vienen dictados por las situaciones de urgencia y los acontecimientos inmediatos.',
  Coopération: 'Cooperación',
  'La coopération exige une structure plus formelle, l’organisation de réunions formelles et des échanges de renseignements plus réguliers, afin que les deux organes frontaliers puissent atteindre leurs objectifs respectifs. Ce modèle implique également le partage des ressources.':
    'La cooperación exige una estructura más formal, la organización de reuniones formales e intercambios de inteligencia más regulares, a fin de que los dos organismos fronterizos puedan alcanzar sus objetivos respectivos. Este modelo implica también el uso compartido de los recursos.',
  Coordination: 'Coordinación',
  'La coordination est un modèle plus avancé, fondé sur le partage des tâches, dans le même but de permettre aux deux services de satisfaire à leurs objectifs respectifs. Les agents de première ligne des deux services travaillent quotidiennement main dans la main, pour éviter les chevauchements ou les doubles emplois et parvenir à une plus grande efficacité générale.':
    'La coordinación es un modelo más avanzado, basado en el reparto de tareas, con el mismo fin de permitir a los dos servicios cumplir sus objetivos respectivos. Los agentes de primera línea de los dos servicios trabajan a diario codo con codo, para evitar los solapamientos o las duplicaciones y lograr una mayor eficacia general.',
  Collaboration: 'Colaboración',
  "La collaboration correspond au niveau d'intégration le plus poussé. Les échanges d’informations sont permanents et se font par l'intermédiaire de bases de données intégrées. Les ressources institutionnelles sont mises en commun. Les méthodes, les pratiques et les valeurs sont harmonisées et les conditions de l'émergence d'une nouvelle culture organisationnelle et d'un langage commun sont réunies. Les services se partagent la plupart des objectifs et assument ensemble la responsabilité de leur réalisation.":
    'La colaboración corresponde al nivel de integración más avanzado. Los intercambios de información son permanentes y se realizan a través de bases de datos integradas. Los recursos institucionales se ponen en común. Los métodos, las prácticas y los valores están armonizados y se reúnen las condiciones para el surgimiento de una nueva cultura organizativa y de un lenguaje común. Los servicios comparten la mayoría de los objetivos y asumen conjuntamente la responsabilidad de su consecución.',
  'Chevauchement des mandats': 'Solapamiento de mandatos',
  'Absence d’échange d’informations': 'Ausencia de intercambio de información',
  'Obstacles juridiques': 'Obstáculos jurídicos',
  'Manque de confiance': 'Falta de confianza',
  'Contraintes de ressources': 'Limitaciones de recursos',
  'Ministères de tutelle différents': 'Ministerios de tutela diferentes',
  'Gouvernance et cadre formel': 'Gobernanza y marco formal',
  'LES ÉLÉMENTS CLÉS DE LA COOPÉRATION DOUANE-POLICE': 'LOS ELEMENTOS CLAVE DE LA COOPERACIÓN ADUANAS-POLICÍA',
  "Dans les pays où la douane et la police collaborent peu (ou pas du tout), il conviendrait d'envisager la constitution d'un Comité de coopération douane-police (CCDP), gouverné conjointement par les dirigeants ou les organes de décision stratégique de la douane et de la police, qui représentent leurs administrateurs respectifs.":
    'En los países en los que la aduana y la policía colaboran poco (o nada), convendría considerar la creación de un Comité de cooperación aduanas-policía (CCAP), dirigido conjuntamente por los responsables o los órganos de decisión estratégica de la aduana y de la policía, que representan a sus administradores respectivos.',
  'Échange d’informations': 'Intercambio de información',
  'L’ÉCHANGE DE RENSEIGNEMENTS': 'EL INTERCAMBIO DE INTELIGENCIA',
  'Modèles d’échange d’informations, les bases de données d’INTERPOL, comme la base de données nominatives, la base de données de documents de voyage volés et perdus et la base de données de véhicules volés, permettent un échange international d’informations exploitables à la fois par la douane et la police. Des procédures d’échange d’informations similaires peuvent être mises en œuvre à des fins analogues au niveau national entre les services répressifs.':
    'Modelos de intercambio de información, las bases de datos de INTERPOL, como la base de datos nominales, la base de datos de documentos de viaje robados y perdidos y la base de datos de vehículos robados, permiten un intercambio internacional de información utilizable tanto por la aduana como por la policía. Pueden aplicarse procedimientos similares de intercambio de información con fines análogos a nivel nacional entre los servicios encargados de la aplicación de la ley.',
  'Analyse de risque et ciblage': 'Análisis de riesgo y selección de objetivos',
  "LA COOPÉRATION À DES FINS D'ANALYSE DE RISQUE ET DE CIBLAGE":
    'LA COOPERACIÓN CON FINES DE ANÁLISIS DE RIESGO Y SELECCIÓN DE OBJETIVOS',
  "Dans certains pays, la police a été invitée à se joindre aux travaux de ces centres et la collaboration s’est traduite par une amélioration de la planification, de la coordination et des mesures d'intervention. Elle a généralement permis à toutes les instances gouvernementales d’assurer une gestion frontalière plus efficace et rentable.":
    'En algunos países, se ha invitado a la policía a sumarse a los trabajos de estos centros y la colaboración se ha traducido en una mejora de la planificación, de la coordinación y de las medidas de intervención. Por lo general, ha permitido a todas las instancias gubernamentales garantizar una gestión de fronteras más eficaz y rentable.',
  'Contrôles et opérations conjoints': 'Controles y operaciones conjuntos',
  'ACTIVITÉS CONJOINTES': 'ACTIVIDADES CONJUNTAS',
  'Quels que soient les mécanismes de coopération, pour leur donner corps, la douane et la police doivent entreprendre des activités communes, qui permettront à chacune de mieux comprendre les méthodes et les cultures de son homologue, mais elles doivent en outre établir entre elles des routines et des automatismes indispensables à la coordination et à l’efficacité des activités opérationnelles.':
    'Sean cuales sean los mecanismos de cooperación, para darles contenido, la aduana y la policía deben emprender actividades comunes, que permitirán a cada una comprender mejor los métodos y las culturas de su homóloga, pero deben además establecer entre ellas las rutinas y los automatismos indispensables para la coordinación y la eficacia de las actividades operativas.',
  'Prérogatives de lutte contre la fraude': 'Prerrogativas de lucha contra el fraude',
  'LE POIDS DE LA LÉGISLATION NATIONALE': 'EL PESO DE LA LEGISLACIÓN NACIONAL',
  'Le cadre juridique national doit impérativement être pris en considération, car il fixe les compétences et prérogatives assignées à la douane et à la police et il joue un rôle majeur dans la définition des rapports qui s’établissent entre elles.':
    'Es imprescindible tener en cuenta el marco jurídico nacional, ya que fija las competencias y prerrogativas asignadas a la aduana y a la policía y desempeña un papel fundamental en la definición de las relaciones que se establecen entre ellas.',
  'Interceptions et enquêtes': 'Interceptaciones e investigaciones',
  'LA COOPÉRATION DANS LE CADRE DES INTERCEPTIONS ET DES ENQUÊTES':
    'LA COOPERACIÓN EN EL MARCO DE LAS INTERCEPTACIONES Y LAS INVESTIGACIONES',
  "Dans les cas relevant en même temps du droit pénal et de la législation douanière, la création d'équipes communes d'enquête est un atout. Elles peuvent être constituées pour une durée déterminée et à des fins précises ou à plus long terme, conformément aux dispositions des accords de haut niveau.":
    'En los casos que corresponden a la vez al derecho penal y a la legislación aduanera, la creación de equipos conjuntos de investigación es una ventaja. Pueden constituirse por un período determinado y con fines precisos o a más largo plazo, de conformidad con las disposiciones de los acuerdos de alto nivel.',
  'Mise en commun des ressources': 'Puesta en común de recursos',
  'LA GESTION COORDONNÉE DE RESSOURCES RESTREINTES': 'LA GESTIÓN COORDINADA DE RECURSOS LIMITADOS',
  'En travaillant de concert, les organisations peuvent utiliser efficacement les ressources restreintes mises à leur disposition et obtenir de meilleurs résultats.':
    'Trabajando de forma concertada, las organizaciones pueden utilizar eficazmente los limitados recursos puestos a su disposición y obtener mejores resultados.',
  'Agents de liaison': 'Agentes de enlace',
  'AGENTS DE LIAISON': 'AGENTES DE ENLACE',
  "Le déploiement d'agents de liaison peut améliorer l'échange d'informations et la coordination, d'un point de vue tant opérationnel que stratégique. Les rôles et responsabilités de ces agents doivent être clairement définis dès le début d’une nouvelle relation, avec l’accord impératif des deux services.":
    'El despliegue de agentes de enlace puede mejorar el intercambio de información y la coordinación, desde un punto de vista tanto operativo como estratégico. Las funciones y responsabilidades de estos agentes deben definirse claramente desde el comienzo de una nueva relación, con el acuerdo imperativo de ambos servicios.',
  'Formation croisée des agents': 'Formación cruzada de los agentes',
  'FORMATIONS COMMUNES ET ÉCHANGE D’AGENTS': 'FORMACIÓN COMÚN E INTERCAMBIO DE AGENTES',
  'Les pays prévoyant de mettre en œuvre une formation conjointe pour les agents des douanes et de la police peuvent éventuellement entamer ce processus par des sujets comme le leadership, la gestion du stress et les premiers secours, avant de passer à des thèmes plus techniques. L’échange d’agents doit également être considéré comme une bonne manière d’intensifier la coopération et de renforcer la connaissance qu’ont les agents des buts, objectifs et modes opératoires de chaque service.':
    'Los países que prevean implantar una formación conjunta para los agentes de aduanas y de policía pueden, eventualmente, iniciar este proceso con temas como el liderazgo, la gestión del estrés y los primeros auxilios, antes de pasar a temas más técnicos. El intercambio de agentes debe considerarse también una buena manera de intensificar la cooperación y de reforzar el conocimiento que tienen los agentes de las metas, objetivos y modos operativos de cada servicio.',
  'Aucun échange': 'Ningún intercambio',
  Sporadique: 'Esporádico',
  Régulier: 'Regular',
  Quotidien: 'Diario',
  'Permanent (systèmes intégrés)': 'Permanente (sistemas integrados)',
  Aucune: 'Ninguna',
  'Relève d’autres services': 'Corresponde a otros servicios',
  'Compétence propre': 'Competencia propia',
  'Quelles sont les dispositions prises par votre pays pour assurer la coopération douane-police ?':
    '¿Qué disposiciones ha adoptado su país para garantizar la cooperación entre aduanas y policía?',
  'Aucune disposition. Coexistence sans grandes interactions.':
    'Ninguna disposición. Coexistencia sin grandes interacciones.',
  'Conclusion d’un PE/PA entre la douane et la police': 'Conclusión de un MdE/MdA entre la aduana y la policía',
  Oui: 'Sí',
  Partiellement: 'Parcialmente',
  Non: 'No',
  "Le service a-t-il conclu un protocole officiel d'échange sécurisé d'informations ?":
    '¿Ha celebrado el servicio un protocolo oficial de intercambio seguro de información?',
  "Absence d'échange d'informations ou, dans le meilleur des cas, échanges inefficaces entre la douane et la police.":
    'Ausencia de intercambio de información o, en el mejor de los casos, intercambios ineficaces entre la aduana y la policía.',
  "Encourager les services à participer activement à l'exploitation des informations nationales et des systèmes de partage de données, par l'intermédiaire des centres de fusion, des agents de liaison ou de correspondants uniques.":
    'Alentar a los servicios a participar activamente en la explotación de la información nacional y de los sistemas de intercambio de datos, por medio de los centros de fusión, los agentes de enlace o los interlocutores únicos.',
  'Veuillez décrire les modalités et la fréquence de ces échanges.':
    'Sírvase describir las modalidades y la frecuencia de estos intercambios.',
  'Les services coopèrent-ils au cours de l’analyse des risques et du ciblage ?':
    '¿Cooperan los servicios en el análisis de riesgos y la selección de objetivos?',
  "Aucune communication entre la douane et la police. Pas d'identification de risques partagés.":
    'Ninguna comunicación entre la aduana y la policía. Ausencia de identificación de riesgos compartidos.',
  "Opérations conjointes de profilage/d'analyse de risque.":
    'Operaciones conjuntas de elaboración de perfiles/análisis de riesgo.',
  "Dans l'affirmative, ce dispositif repose-t-il sur un PE ou sur un cadre législatif ?":
    'En caso afirmativo, ¿este dispositivo se basa en un MdE o en un marco legislativo?',
  'Les services coopèrent-ils au cours des contrôles des modes de transport et des opérations de livraison contrôlée.':
    '¿Cooperan los servicios durante los controles de los modos de transporte y las operaciones de entrega vigilada?',
  'Pas de communication. Chevauchement des activités de contrôle.':
    'Ausencia de comunicación. Solapamiento de las actividades de control.',
  'Opérations conjointes.': 'Operaciones conjuntas.',
  Stupéfiants: 'Estupefacientes',
  'Espèces menacées': 'Especies amenazadas',
  'Contrebande de devises': 'Contrabando de divisas',
  'Tabac et alcool': 'Tabaco y alcohol',
  'Le service est-il habilité à procéder à des saisies dans tous les domaines de risque (stupéfiants, contrefaçons, espèces menacées, contrebande de devises,…) ?':
    '¿Está el servicio facultado para practicar incautaciones en todos los ámbitos de riesgo (estupefacientes, falsificaciones, especies amenazadas, contrabando de divisas,…)?',
  'Aucune autorité.': 'Ninguna facultad.',
  'Dans la négative, quels sont les domaines de compétence exclusive de chaque service ?':
    'En caso negativo, ¿cuáles son los ámbitos de competencia exclusiva de cada servicio?',
  'Le manque de coopération dans certains domaines de risque entrave le travail.':
    'La falta de cooperación en determinados ámbitos de riesgo obstaculiza el trabajo.',
  'Les services coopèrent-ils au cours des enquêtes ?': '¿Cooperan los servicios en el curso de las investigaciones?',
  'Pas de communication. Chevauchement des mesures prises.':
    'Ausencia de comunicación. Solapamiento de las medidas adoptadas.',
  'Enquêtes communes dans les modèles de coexistence, de communication et de coopération.':
    'Investigaciones conjuntas en los modelos de coexistencia, comunicación y cooperación.',
  'Aucune habilitation': 'Ninguna habilitación',
  'Délits douaniers': 'Delitos aduaneros',
  'Criminalité organisée': 'Delincuencia organizada',
  'Le service est-il habilité à enquêter sur les délits ou sur la criminalité organisée ?':
    '¿Está el servicio facultado para investigar los delitos o la delincuencia organizada?',
  "Les agents ne sont pas forcément habilités à mener des enquêtes pénales. Les responsabilités ou les compétences peuvent être partagées avec d'autres administrations nationales.":
    'Los agentes no están necesariamente facultados para llevar a cabo investigaciones penales. Las responsabilidades o las competencias pueden estar compartidas con otras administraciones nacionales.',
  "Dans l'affirmative, comment s’organise l’enquête ?": 'En caso afirmativo, ¿cómo se organiza la investigación?',
  'Absence de mécanisme de compilation des renseignements ou de vérification des informations transmises par des homologues ou des tiers.':
    'Ausencia de mecanismo de compilación de la inteligencia o de verificación de la información transmitida por homólogos o terceros.',
  'Le service est-il habilité à mener des enquêtes aux côtés des instances nationales chargées des poursuites ?':
    '¿Está el servicio facultado para llevar a cabo investigaciones junto con las instancias nacionales encargadas del enjuiciamiento?',
  "Le service peut-il surveiller des personnes, des marchandises et des bâtiments, recourir à des systèmes d'interception des communications et autre matériel de surveillance ?":
    '¿Puede el servicio vigilar a personas, mercancías y edificios, y recurrir a sistemas de interceptación de las comunicaciones y otro material de vigilancia?',
  "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation du matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.":
    'Ausencia de prerrogativas, políticas o procedimientos oficiales que regulen el uso del material electrónico de interceptación. Insuficiencia de competencias/conocimientos especializados/material.',
  Aucun: 'Ninguno',
  'Recours à une autre administration': 'Recurso a otra administración',
  'Cadre propre': 'Marco propio',
  'Le service dispose-t-il de son propre cadre régissant les agents sous couverture ?':
    '¿Dispone el servicio de su propio marco que regule a los agentes encubiertos?',
  'Aucune autorité, ou il compte sur d’autres administrations pour mener des opérations sous couverture ?':
    'Ninguna facultad, ¿o recurre a otras administraciones para llevar a cabo operaciones encubiertas?',
  'Le service est-il habilité à autoriser le déploiement d’informateurs ? Dans l’affirmative, quelles sont les modalités du partage ?':
    '¿Está el servicio facultado para autorizar el despliegue de informantes? En caso afirmativo, ¿cuáles son las modalidades del intercambio?',
  'Le service a-t-il des compétences en matière de police scientifique ou ces compétences relèvent-elles d’autres services ?':
    '¿Tiene el servicio competencias en materia de policía científica o estas competencias corresponden a otros servicios?',
  "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation de matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.":
    'Ausencia de prerrogativas, políticas o procedimientos oficiales que regulen el uso de material electrónico de interceptación. Insuficiencia de competencias/conocimientos especializados/material.',
  'La douane et la police mettent-elles leurs moyens en commun (infrastructure, matériel, moyens de transport…) lors des opérations conjointes ?':
    '¿Ponen en común la aduana y la policía sus medios (infraestructura, material, medios de transporte…) durante las operaciones conjuntas?',
  'Pas d’agents de liaison': 'Sin agentes de enlace',
  'Groupe de travail virtuel': 'Grupo de trabajo virtual',
  'Agents détachés dans un sens': 'Agentes adscritos en un solo sentido',
  'Agents détachés dans les deux sens': 'Agentes adscritos en ambos sentidos',
  "L'administration des douanes envoie-t-elle des agents de liaison auprès des services de police (et vice-versa), à des fins de lutte contre la fraude ?":
    '¿Envía la administración de aduanas agentes de enlace a los servicios de policía (y viceversa) con fines de lucha contra el fraude?',
  "Pas d'agents de liaison. Pas de communication. Chevauchement des activités de contrôle.":
    'Ausencia de agentes de enlace. Ausencia de comunicación. Solapamiento de las actividades de control.',
  "Lorsque le détachement physique auprès des unités en place est impossible par manque de ressources, envisager la constitution de groupes de travail virtuels à l'échelle nationale.":
    'Cuando la adscripción física a las unidades existentes sea imposible por falta de recursos, considerar la creación de grupos de trabajo virtuales a escala nacional.',
  'Dans l`affirmative, veuillez décrire le rôle des agents de liaison de la douane et/ou de la police.':
    'En caso afirmativo, sírvase describir la función de los agentes de enlace de la aduana y/o de la policía.',
  'Le service des douanes prévoit-il une formation des agents de police ?':
    '¿Prevé el servicio de aduanas una formación para los agentes de policía?',
  'Pas de formation disponible.': 'Ninguna formación disponible.',
  "Dans l'affirmative, dans quels domaines de compétence ?": 'En caso afirmativo, ¿en qué ámbitos de competencia?',
  'La police propose-t-elle des formations aux fonctionnaires de la douane ?':
    '¿Ofrece la policía formación a los funcionarios de aduanas?',
  'Quelles difficultés rencontrez-vous dans le cadre de la coopération entre la douane et la police ?':
    '¿Qué dificultades encuentra usted en el marco de la cooperación entre la aduana y la policía?',
  'Chevauchement des mandats et des initiatives dans certains domaines de risque.':
    'Solapamiento de mandatos y de iniciativas en determinados ámbitos de riesgo.',
  "Constituer des Comités de coopération douane-police, par l'entremise d'un PE ; décrire les méthodes et les sphères de coopération, organiser régulièrement des réunions pour traiter les problèmes.":
    'Constituir Comités de cooperación aduanas-policía, mediante un MdE; describir los métodos y los ámbitos de cooperación, organizar periódicamente reuniones para tratar los problemas.',
  'Selon le schéma 2 ci-dessus, où situeriez-vous les relations entre la douane et la police dans votre pays ?':
    'Según el esquema 2 anterior, ¿dónde situaría usted las relaciones entre la aduana y la policía en su país?',
  'Coexistence sans communication ni relation.': 'Coexistencia sin comunicación ni relación.',
  'Le service prévoit-il une reconnaissance du travail effectué en coopération avec l’autre service ?':
    '¿Prevé el servicio un reconocimiento del trabajo realizado en cooperación con el otro servicio?',
  'Aucune reconnaissance du travail conjoint douane-police effectué.':
    'Ningún reconocimiento del trabajo conjunto aduanas-policía realizado.',
  OMD: 'OMA',
  INTERPOL: 'INTERPOL',
  ONUDC: 'UNODC',
  'Autorités nationales': 'Autoridades nacionales',
  'Projet AIRCOP (ONUDC/OMD/INTERPOL)': 'Proyecto AIRCOP (UNODC/OMA/INTERPOL)',
  'Programme de contrôle des conteneurs (ONUDC-OMD)': 'Programa de Fiscalización de Contenedores (UNODC-OMA)',
  'Opération de l’OMD': 'Operación de la OMA',
  'Opération d’INTERPOL': 'Operación de INTERPOL',
  'Opération régionale': 'Operación regional',
  'Opération nationale': 'Operación nacional',
  kg: 'kg',
  litres: 'litros',
  pièces: 'piezas',
  têtes: 'cabezas',
  USD: 'USD',
  EUR: 'EUR',
  'Cellule aéroportuaire anti-trafics (CAAT)': 'Célula aeroportuaria antitráfico (CAAT)',
  'Unité de contrôle portuaire (UCP)': 'Unidad de control portuario (UCP)',
  Douane: 'Aduana',
  Police: 'Policía',
  'Équipe conjointe douane–police': 'Equipo conjunto aduanas–policía',
  'Régions M49 de l’ONU': 'Regiones M49 de la ONU',
  Afrique: 'África',
  Amériques: 'Américas',
  Asie: 'Asia',
  Europe: 'Europa',
  Océanie: 'Oceanía',
  'Régions de l’OMD': 'Regiones de la OMA',
  'Afrique orientale et australe': 'África Oriental y Meridional',
  'Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique':
    'Lejano Oriente, Asia del Sur y del Sudeste, Australasia e Islas del Pacífico',
  'Afrique du Nord, Proche et Moyen-Orient': 'África del Norte, Cercano y Medio Oriente',
  'Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes':
    'América del Sur, América del Norte, América Central y el Caribe',
  'Afrique occidentale et centrale': 'África Occidental y Central',
  'Union européenne': 'Unión Europea',
  // The grouping as a whole (the API's ALL row)
  'Tous les membres': 'Todos los miembros',
};
