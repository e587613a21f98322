/**
 * Arabic translations of the domain's texts (questionnaire, levels, dimensions, vocabularies, region names), keyed by the French
 * source text, which is the handbook's own. Unofficial: translated from the French for this product.
 */
export const AR_TEXTS: Readonly<Record<string, string>> = {
  'analyse et ciblage des risques': 'تحليل المخاطر والاستهداف',
  interceptions: 'عمليات الاعتراض',
  enquêtes: 'التحقيقات',
  'activités opérationnelles': 'الأنشطة العملياتية',
  'opérations de livraison contrôlée': 'عمليات التسليم المراقَب',
  'Aucune disposition': 'لا توجد أي ترتيبات',
  'Dispositions informelles': 'ترتيبات غير رسمية',
  'Protocole d’entente (PE)': 'مذكرة تفاهم (PE)',
  'Protocole d’accord (PA)': 'مذكرة اتفاق (PA)',
  'Cadre législatif': 'إطار تشريعي',
  'Comité de coopération douane-police (CCDP)': 'لجنة التعاون بين الجمارك والشرطة (CCDP)',
  'Base informelle': 'أساس غير رسمي',
  PE: 'مذكرة تفاهم',
  'Documents de voyage volés et perdus (SLTD)': 'وثائق السفر المسروقة والمفقودة (SLTD)',
  'Véhicules volés (SMV)': 'المركبات المسروقة (SMV)',
  'Données nominatives': 'البيانات الاسمية',
  Notices: 'النشرات',
  Cocaïne: 'الكوكايين',
  Cannabis: 'القنب',
  Héroïne: 'الهيروين',
  'Drogues de synthèse': 'المخدرات الاصطناعية',
  Précurseurs: 'السلائف',
  Contrefaçons: 'السلع المقلدة',
  Médicaments: 'الأدوية',
  Tabac: 'التبغ',
  Alcool: 'الكحول',
  'Espèces sauvages': 'الأحياء البرية',
  Bois: 'الأخشاب',
  'Biens culturels': 'الممتلكات الثقافية',
  Armes: 'الأسلحة',
  Munitions: 'الذخائر',
  Explosifs: 'المتفجرات',
  'Espèces (devises)': 'النقد (العملات)',
  'Déchets dangereux': 'النفايات الخطرة',
  Autre: 'أخرى',
  Coexistence: 'التعايش',
  "La coexistence se distingue par le niveau d’interaction le plus faible. Les services travaillent indépendamment l'un de l'autre et ne coopèrent pas au titre de leurs stratégies ou dans le cadre d’opérations. Aucun dispositif formel n'est mis sur pied.":
    'يتميز التعايش بأدنى مستوى من التفاعل. فالجهازان يعملان بشكل مستقل أحدهما عن الآخر ولا يتعاونان في إطار استراتيجياتهما أو في سياق العمليات. ولا يوضع أي ترتيب رسمي.',
  Communication: 'التواصل',
  "La communication implique des réunions informelles pouvant aboutir à des échanges d'information limités et sporadiques, qui seront fonction des besoins pressants de l'une ou l'autre partie, ou qui sont dictés par les situations d'urgence et des événements immédiats.":
    'ينطوي التواصل على اجتماعات غير رسمية قد تفضي إلى تبادلات محدودة ومتفرقة للمعلومات، تتوقف على الاحتياجات الملحّة لهذا الطرف أو ذاك، أو تمليها حالات الطوارئ والأحداث الآنية.',
  Coopération: 'التعاون',
  'La coopération exige une structure plus formelle, l’organisation de réunions formelles et des échanges de renseignements plus réguliers, afin que les deux organes frontaliers puissent atteindre leurs objectifs respectifs. Ce modèle implique également le partage des ressources.':
    'يتطلب التعاون هيكلاً أكثر رسمية، وتنظيم اجتماعات رسمية، وتبادلات أكثر انتظامًا للمعلومات الاستخبارية، كي يتمكن الجهازان الحدوديان من تحقيق أهداف كل منهما. وينطوي هذا النموذج أيضًا على تقاسم الموارد.',
  Coordination: 'التنسيق',
  'La coordination est un modèle plus avancé, fondé sur le partage des tâches, dans le même but de permettre aux deux services de satisfaire à leurs objectifs respectifs. Les agents de première ligne des deux services travaillent quotidiennement main dans la main, pour éviter les chevauchements ou les doubles emplois et parvenir à une plus grande efficacité générale.':
    'التنسيق نموذج أكثر تقدمًا يقوم على تقاسم المهام، بالهدف نفسه المتمثل في تمكين الجهازين من بلوغ أهداف كل منهما. ويعمل موظفو الخطوط الأمامية في الجهازين يدًا بيد يوميًا، لتجنب التداخل أو الازدواجية وتحقيق قدر أكبر من الكفاءة العامة.',
  Collaboration: 'التشارك',
  "La collaboration correspond au niveau d'intégration le plus poussé. Les échanges d’informations sont permanents et se font par l'intermédiaire de bases de données intégrées. Les ressources institutionnelles sont mises en commun. Les méthodes, les pratiques et les valeurs sont harmonisées et les conditions de l'émergence d'une nouvelle culture organisationnelle et d'un langage commun sont réunies. Les services se partagent la plupart des objectifs et assument ensemble la responsabilité de leur réalisation.":
    'يمثل التشارك أعلى مستوى من التكامل. فتبادل المعلومات دائم ويجري عبر قواعد بيانات متكاملة. وتُوضع الموارد المؤسسية في خدمة مشتركة. وتُوحَّد الأساليب والممارسات والقيم، وتتوافر الظروف لنشوء ثقافة تنظيمية جديدة ولغة مشتركة. ويتقاسم الجهازان معظم الأهداف ويتحملان معًا مسؤولية تحقيقها.',
  'Chevauchement des mandats': 'تداخل الولايات',
  'Absence d’échange d’informations': 'انعدام تبادل المعلومات',
  'Obstacles juridiques': 'العوائق القانونية',
  'Manque de confiance': 'نقص الثقة',
  'Contraintes de ressources': 'قيود الموارد',
  'Ministères de tutelle différents': 'اختلاف الوزارات الوصية',
  'Gouvernance et cadre formel': 'الحوكمة والإطار الرسمي',
  'LES ÉLÉMENTS CLÉS DE LA COOPÉRATION DOUANE-POLICE': 'العناصر الأساسية للتعاون بين الجمارك والشرطة',
  "Dans les pays où la douane et la police collaborent peu (ou pas du tout), il conviendrait d'envisager la constitution d'un Comité de coopération douane-police (CCDP), gouverné conjointement par les dirigeants ou les organes de décision stratégique de la douane et de la police, qui représentent leurs administrateurs respectifs.":
    'في البلدان التي يكون فيها التعاون بين الجمارك والشرطة ضعيفًا (أو منعدمًا)، ينبغي النظر في إنشاء لجنة للتعاون بين الجمارك والشرطة (CCDP)، تتولى إدارتها بصورة مشتركة قيادات الجمارك والشرطة أو هيئات صنع القرار الاستراتيجي فيهما، التي تمثل الإداريين التابعين لكل منهما.',
  'Échange d’informations': 'تبادل المعلومات',
  'L’ÉCHANGE DE RENSEIGNEMENTS': 'تبادل المعلومات الاستخبارية',
  'Modèles d’échange d’informations, les bases de données d’INTERPOL, comme la base de données nominatives, la base de données de documents de voyage volés et perdus et la base de données de véhicules volés, permettent un échange international d’informations exploitables à la fois par la douane et la police. Des procédures d’échange d’informations similaires peuvent être mises en œuvre à des fins analogues au niveau national entre les services répressifs.':
    'بوصفها نماذج لتبادل المعلومات، تتيح قواعد بيانات الإنتربول، مثل قاعدة البيانات الاسمية وقاعدة بيانات وثائق السفر المسروقة والمفقودة وقاعدة بيانات المركبات المسروقة، تبادلاً دوليًا لمعلومات يمكن أن تستفيد منها الجمارك والشرطة على حد سواء. ويمكن تطبيق إجراءات مماثلة لتبادل المعلومات لأغراض مشابهة على المستوى الوطني بين أجهزة إنفاذ القانون.',
  'Analyse de risque et ciblage': 'تحليل المخاطر والاستهداف',
  "LA COOPÉRATION À DES FINS D'ANALYSE DE RISQUE ET DE CIBLAGE": 'التعاون لأغراض تحليل المخاطر والاستهداف',
  "Dans certains pays, la police a été invitée à se joindre aux travaux de ces centres et la collaboration s’est traduite par une amélioration de la planification, de la coordination et des mesures d'intervention. Elle a généralement permis à toutes les instances gouvernementales d’assurer une gestion frontalière plus efficace et rentable.":
    'في بعض البلدان، دُعيت الشرطة إلى الانضمام إلى أعمال هذه المراكز، وأسفر التعاون عن تحسين التخطيط والتنسيق وتدابير التدخل. وقد مكّن بوجه عام جميع الهيئات الحكومية من ضمان إدارة للحدود أكثر فعالية وأقل تكلفة.',
  'Contrôles et opérations conjoints': 'الرقابة والعمليات المشتركة',
  'ACTIVITÉS CONJOINTES': 'الأنشطة المشتركة',
  'Quels que soient les mécanismes de coopération, pour leur donner corps, la douane et la police doivent entreprendre des activités communes, qui permettront à chacune de mieux comprendre les méthodes et les cultures de son homologue, mais elles doivent en outre établir entre elles des routines et des automatismes indispensables à la coordination et à l’efficacité des activités opérationnelles.':
    'أيًا كانت آليات التعاون، ولإضفاء طابع ملموس عليها، يجب على الجمارك والشرطة الاضطلاع بأنشطة مشتركة تمكّن كلاً منهما من فهم أساليب نظيرتها وثقافاتها فهمًا أفضل، ولكن يجب عليهما فضلاً عن ذلك أن ترسيا بينهما إجراءات روتينية وردود فعل تلقائية لا غنى عنها لتنسيق الأنشطة العملياتية وفعاليتها.',
  'Prérogatives de lutte contre la fraude': 'صلاحيات مكافحة الغش',
  'LE POIDS DE LA LÉGISLATION NATIONALE': 'ثقل التشريعات الوطنية',
  'Le cadre juridique national doit impérativement être pris en considération, car il fixe les compétences et prérogatives assignées à la douane et à la police et il joue un rôle majeur dans la définition des rapports qui s’établissent entre elles.':
    'يجب حتمًا مراعاة الإطار القانوني الوطني، لأنه يحدد الاختصاصات والصلاحيات المسندة إلى الجمارك والشرطة، ويؤدي دورًا رئيسيًا في تحديد العلاقات التي تنشأ بينهما.',
  'Interceptions et enquêtes': 'الاعتراض والتحقيقات',
  'LA COOPÉRATION DANS LE CADRE DES INTERCEPTIONS ET DES ENQUÊTES': 'التعاون في إطار عمليات الاعتراض والتحقيقات',
  "Dans les cas relevant en même temps du droit pénal et de la législation douanière, la création d'équipes communes d'enquête est un atout. Elles peuvent être constituées pour une durée déterminée et à des fins précises ou à plus long terme, conformément aux dispositions des accords de haut niveau.":
    'في القضايا التي تندرج في آن واحد ضمن القانون الجنائي والتشريع الجمركي، يُعدّ إنشاء فرق تحقيق مشتركة ميزةً. ويمكن تشكيلها لمدة محددة ولأغراض معينة أو على المدى الأطول، وفقًا لأحكام الاتفاقات الرفيعة المستوى.',
  'Mise en commun des ressources': 'الاستخدام المشترك للموارد',
  'LA GESTION COORDONNÉE DE RESSOURCES RESTREINTES': 'الإدارة المنسقة للموارد المحدودة',
  'En travaillant de concert, les organisations peuvent utiliser efficacement les ressources restreintes mises à leur disposition et obtenir de meilleurs résultats.':
    'من خلال العمل بشكل متضافر، يمكن للمنظمات أن تستخدم الموارد المحدودة المتاحة لها استخدامًا فعالاً وأن تحقق نتائج أفضل.',
  'Agents de liaison': 'ضباط الاتصال',
  'AGENTS DE LIAISON': 'ضباط الاتصال',
  "Le déploiement d'agents de liaison peut améliorer l'échange d'informations et la coordination, d'un point de vue tant opérationnel que stratégique. Les rôles et responsabilités de ces agents doivent être clairement définis dès le début d’une nouvelle relation, avec l’accord impératif des deux services.":
    'يمكن أن يؤدي نشر ضباط الاتصال إلى تحسين تبادل المعلومات والتنسيق، من الناحيتين العملياتية والاستراتيجية على حد سواء. ويجب تحديد أدوار هؤلاء الضباط ومسؤولياتهم بوضوح منذ بداية أي علاقة جديدة، بموافقة إلزامية من الجهازين.',
  'Formation croisée des agents': 'التدريب المتبادل للموظفين',
  'FORMATIONS COMMUNES ET ÉCHANGE D’AGENTS': 'التدريب المشترك وتبادل الموظفين',
  'Les pays prévoyant de mettre en œuvre une formation conjointe pour les agents des douanes et de la police peuvent éventuellement entamer ce processus par des sujets comme le leadership, la gestion du stress et les premiers secours, avant de passer à des thèmes plus techniques. L’échange d’agents doit également être considéré comme une bonne manière d’intensifier la coopération et de renforcer la connaissance qu’ont les agents des buts, objectifs et modes opératoires de chaque service.':
    'يمكن للبلدان التي تعتزم تنفيذ تدريب مشترك لموظفي الجمارك والشرطة أن تبدأ هذه العملية، عند الاقتضاء، بمواضيع مثل القيادة وإدارة الضغط النفسي والإسعافات الأولية، قبل الانتقال إلى مواضيع أكثر تقنية. وينبغي أيضًا اعتبار تبادل الموظفين وسيلة جيدة لتكثيف التعاون وتعزيز معرفة الموظفين بغايات كل جهاز وأهدافه وأساليب عمله.',
  'Aucun échange': 'لا يوجد تبادل',
  Sporadique: 'متقطع',
  Régulier: 'منتظم',
  Quotidien: 'يومي',
  'Permanent (systèmes intégrés)': 'دائم (نظم متكاملة)',
  Aucune: 'لا توجد',
  'Relève d’autres services': 'من اختصاص أجهزة أخرى',
  'Compétence propre': 'اختصاص خاص بالجهاز',
  'Quelles sont les dispositions prises par votre pays pour assurer la coopération douane-police ?':
    'ما هي الترتيبات التي اتخذها بلدكم لضمان التعاون بين الجمارك والشرطة؟',
  'Aucune disposition. Coexistence sans grandes interactions.': 'لا توجد أي ترتيبات. تعايش دون تفاعل يُذكر.',
  'Conclusion d’un PE/PA entre la douane et la police': 'إبرام مذكرة تفاهم/مذكرة اتفاق بين الجمارك والشرطة',
  Oui: 'نعم',
  Partiellement: 'جزئيًا',
  Non: 'لا',
  "Le service a-t-il conclu un protocole officiel d'échange sécurisé d'informations ?":
    'هل أبرم الجهاز بروتوكولاً رسميًا لتبادل المعلومات بشكل آمن؟',
  "Absence d'échange d'informations ou, dans le meilleur des cas, échanges inefficaces entre la douane et la police.":
    'انعدام تبادل المعلومات أو، في أحسن الأحوال، تبادلات غير فعالة بين الجمارك والشرطة.',
  "Encourager les services à participer activement à l'exploitation des informations nationales et des systèmes de partage de données, par l'intermédiaire des centres de fusion, des agents de liaison ou de correspondants uniques.":
    'تشجيع الجهازين على المشاركة بنشاط في استغلال المعلومات الوطنية ونظم تقاسم البيانات، من خلال مراكز دمج المعلومات أو ضباط الاتصال أو نقاط الاتصال الموحدة.',
  'Veuillez décrire les modalités et la fréquence de ces échanges.': 'يرجى وصف ترتيبات هذه التبادلات وتواترها.',
  'Les services coopèrent-ils au cours de l’analyse des risques et du ciblage ?':
    'هل يتعاون الجهازان في أثناء تحليل المخاطر والاستهداف؟',
  "Aucune communication entre la douane et la police. Pas d'identification de risques partagés.":
    'لا يوجد تواصل بين الجمارك والشرطة. لا تحديد للمخاطر المشتركة.',
  "Opérations conjointes de profilage/d'analyse de risque.": 'عمليات مشتركة لتحديد السمات/لتحليل المخاطر.',
  "Dans l'affirmative, ce dispositif repose-t-il sur un PE ou sur un cadre législatif ?":
    'في حالة الإيجاب، هل يستند هذا الترتيب إلى مذكرة تفاهم أم إلى إطار تشريعي؟',
  'Les services coopèrent-ils au cours des contrôles des modes de transport et des opérations de livraison contrôlée.':
    'هل يتعاون الجهازان في أثناء عمليات مراقبة وسائل النقل وعمليات التسليم المراقَب؟',
  'Pas de communication. Chevauchement des activités de contrôle.': 'لا يوجد تواصل. تداخل أنشطة المراقبة.',
  'Opérations conjointes.': 'عمليات مشتركة.',
  Stupéfiants: 'المخدرات',
  'Espèces menacées': 'الأنواع المهددة بالانقراض',
  'Contrebande de devises': 'تهريب العملات',
  'Tabac et alcool': 'التبغ والكحول',
  'Le service est-il habilité à procéder à des saisies dans tous les domaines de risque (stupéfiants, contrefaçons, espèces menacées, contrebande de devises,…) ?':
    'هل الجهاز مخوَّل بإجراء عمليات ضبط في جميع مجالات المخاطر (المخدرات، والسلع المقلدة، والأنواع المهددة بالانقراض، وتهريب العملات،…)؟',
  'Aucune autorité.': 'لا توجد أي سلطة.',
  'Dans la négative, quels sont les domaines de compétence exclusive de chaque service ?':
    'في حالة النفي، ما هي مجالات الاختصاص الحصري لكل جهاز؟',
  'Le manque de coopération dans certains domaines de risque entrave le travail.':
    'يعيق نقصُ التعاون في بعض مجالات المخاطر سيرَ العمل.',
  'Les services coopèrent-ils au cours des enquêtes ?': 'هل يتعاون الجهازان في أثناء التحقيقات؟',
  'Pas de communication. Chevauchement des mesures prises.': 'لا يوجد تواصل. تداخل التدابير المتخذة.',
  'Enquêtes communes dans les modèles de coexistence, de communication et de coopération.':
    'تحقيقات مشتركة في نماذج التعايش والتواصل والتعاون.',
  'Aucune habilitation': 'لا يوجد أي تخويل',
  'Délits douaniers': 'الجنح الجمركية',
  'Criminalité organisée': 'الجريمة المنظمة',
  'Le service est-il habilité à enquêter sur les délits ou sur la criminalité organisée ?':
    'هل الجهاز مخوَّل بالتحقيق في الجنح أو في الجريمة المنظمة؟',
  "Les agents ne sont pas forcément habilités à mener des enquêtes pénales. Les responsabilités ou les compétences peuvent être partagées avec d'autres administrations nationales.":
    'ليس الموظفون بالضرورة مخوَّلين بإجراء تحقيقات جنائية. وقد تكون المسؤوليات أو الاختصاصات مشتركة مع إدارات وطنية أخرى.',
  "Dans l'affirmative, comment s’organise l’enquête ?": 'في حالة الإيجاب، كيف يُنظَّم التحقيق؟',
  'Absence de mécanisme de compilation des renseignements ou de vérification des informations transmises par des homologues ou des tiers.':
    'انعدام آلية لتجميع المعلومات الاستخبارية أو للتحقق من المعلومات التي يحيلها النظراء أو الأطراف الثالثة.',
  'Le service est-il habilité à mener des enquêtes aux côtés des instances nationales chargées des poursuites ?':
    'هل الجهاز مخوَّل بإجراء تحقيقات إلى جانب الهيئات الوطنية المكلفة بالملاحقة القضائية؟',
  "Le service peut-il surveiller des personnes, des marchandises et des bâtiments, recourir à des systèmes d'interception des communications et autre matériel de surveillance ?":
    'هل يمكن للجهاز مراقبة الأشخاص والبضائع والمباني، واللجوء إلى نظم اعتراض الاتصالات وغيرها من معدات المراقبة؟',
  "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation du matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.":
    'لا توجد صلاحيات أو سياسات أو إجراءات رسمية تنظم استخدام معدات الاعتراض الإلكتروني. قصور في الكفاءات/الخبرة/المعدات.',
  Aucun: 'لا يوجد',
  'Recours à une autre administration': 'الاستعانة بإدارة أخرى',
  'Cadre propre': 'إطار خاص بالجهاز',
  'Le service dispose-t-il de son propre cadre régissant les agents sous couverture ?':
    'هل لدى الجهاز إطار خاص به ينظم عمل العملاء المتخفّين؟',
  'Aucune autorité, ou il compte sur d’autres administrations pour mener des opérations sous couverture ?':
    'لا توجد أي سلطة، أم أنه يعتمد على إدارات أخرى لتنفيذ العمليات السرية؟',
  'Le service est-il habilité à autoriser le déploiement d’informateurs ? Dans l’affirmative, quelles sont les modalités du partage ?':
    'هل الجهاز مخوَّل بالإذن بتشغيل المخبرين؟ في حالة الإيجاب، ما هي ترتيبات التقاسم؟',
  'Le service a-t-il des compétences en matière de police scientifique ou ces compétences relèvent-elles d’autres services ?':
    'هل لدى الجهاز اختصاصات في مجال الشرطة العلمية، أم أن هذه الاختصاصات تعود إلى أجهزة أخرى؟',
  "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation de matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.":
    'لا توجد صلاحيات أو سياسات أو إجراءات رسمية تنظم استخدام معدات الاعتراض الإلكتروني. قصور في الكفاءات/الخبرة/المعدات.',
  'La douane et la police mettent-elles leurs moyens en commun (infrastructure, matériel, moyens de transport…) lors des opérations conjointes ?':
    'هل تتقاسم الجمارك والشرطة وسائلهما (البنية التحتية، والمعدات، ووسائل النقل…) خلال العمليات المشتركة؟',
  'Pas d’agents de liaison': 'لا يوجد ضباط اتصال',
  'Groupe de travail virtuel': 'فريق عمل افتراضي',
  'Agents détachés dans un sens': 'موظفون منتدبون في اتجاه واحد',
  'Agents détachés dans les deux sens': 'موظفون منتدبون في الاتجاهين',
  "L'administration des douanes envoie-t-elle des agents de liaison auprès des services de police (et vice-versa), à des fins de lutte contre la fraude ?":
    'هل ترسل إدارة الجمارك ضباط اتصال إلى أجهزة الشرطة (والعكس)، لأغراض مكافحة الغش؟',
  "Pas d'agents de liaison. Pas de communication. Chevauchement des activités de contrôle.":
    'لا يوجد ضباط اتصال. لا يوجد تواصل. تداخل أنشطة المراقبة.',
  "Lorsque le détachement physique auprès des unités en place est impossible par manque de ressources, envisager la constitution de groupes de travail virtuels à l'échelle nationale.":
    'عندما يتعذر الانتداب الفعلي لدى الوحدات القائمة بسبب نقص الموارد، يُنظر في تشكيل أفرقة عمل افتراضية على المستوى الوطني.',
  'Dans l`affirmative, veuillez décrire le rôle des agents de liaison de la douane et/ou de la police.':
    'في حالة الإيجاب، يرجى وصف دور ضباط الاتصال التابعين للجمارك و/أو للشرطة.',
  'Le service des douanes prévoit-il une formation des agents de police ?':
    'هل يوفر جهاز الجمارك تدريبًا لأفراد الشرطة؟',
  'Pas de formation disponible.': 'لا يتوفر أي تدريب.',
  "Dans l'affirmative, dans quels domaines de compétence ?": 'في حالة الإيجاب، في أي مجالات الاختصاص؟',
  'La police propose-t-elle des formations aux fonctionnaires de la douane ?':
    'هل تقدم الشرطة دورات تدريبية لموظفي الجمارك؟',
  'Quelles difficultés rencontrez-vous dans le cadre de la coopération entre la douane et la police ?':
    'ما هي الصعوبات التي تواجهونها في إطار التعاون بين الجمارك والشرطة؟',
  'Chevauchement des mandats et des initiatives dans certains domaines de risque.':
    'تداخل الولايات والمبادرات في بعض مجالات المخاطر.',
  "Constituer des Comités de coopération douane-police, par l'entremise d'un PE ; décrire les méthodes et les sphères de coopération, organiser régulièrement des réunions pour traiter les problèmes.":
    'إنشاء لجان للتعاون بين الجمارك والشرطة بموجب مذكرة تفاهم؛ ووصف أساليب التعاون ومجالاته، وعقد اجتماعات منتظمة لمعالجة المشكلات.',
  'Selon le schéma 2 ci-dessus, où situeriez-vous les relations entre la douane et la police dans votre pays ?':
    'وفقًا للمخطط 2 أعلاه، أين تضعون العلاقات بين الجمارك والشرطة في بلدكم؟',
  'Coexistence sans communication ni relation.': 'تعايش دون تواصل ولا علاقة.',
  'Le service prévoit-il une reconnaissance du travail effectué en coopération avec l’autre service ?':
    'هل ينص الجهاز على الاعتراف بالعمل المنجز بالتعاون مع الجهاز الآخر؟',
  'Aucune reconnaissance du travail conjoint douane-police effectué.':
    'عدم الاعتراف بالعمل المشترك المنجز بين الجمارك والشرطة.',
  OMD: 'منظمة الجمارك العالمية',
  INTERPOL: 'الإنتربول',
  ONUDC: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
  'Autorités nationales': 'السلطات الوطنية',
  'Projet AIRCOP (ONUDC/OMD/INTERPOL)':
    'مشروع AIRCOP (مكتب الأمم المتحدة المعني بالمخدرات والجريمة/منظمة الجمارك العالمية/الإنتربول)',
  'Programme de contrôle des conteneurs (ONUDC-OMD)':
    'برنامج مراقبة الحاويات (مكتب الأمم المتحدة المعني بالمخدرات والجريمة - منظمة الجمارك العالمية)',
  'Opération de l’OMD': 'عملية لمنظمة الجمارك العالمية',
  'Opération d’INTERPOL': 'عملية للإنتربول',
  'Opération régionale': 'عملية إقليمية',
  'Opération nationale': 'عملية وطنية',
  kg: 'كغ',
  litres: 'لترات',
  pièces: 'قطع',
  têtes: 'رؤوس',
  USD: 'USD',
  EUR: 'EUR',
  'Cellule aéroportuaire anti-trafics (CAAT)': 'خلية المطار لمكافحة الاتجار غير المشروع (CAAT)',
  'Unité de contrôle portuaire (UCP)': 'وحدة مراقبة الموانئ (UCP)',
  Douane: 'الجمارك',
  Police: 'الشرطة',
  'Équipe conjointe douane–police': 'فريق مشترك بين الجمارك والشرطة',
  'Régions M49 de l’ONU': 'مناطق الأمم المتحدة وفق التصنيف M49',
  Afrique: 'أفريقيا',
  Amériques: 'الأمريكتان',
  Asie: 'آسيا',
  Europe: 'أوروبا',
  Océanie: 'أوقيانوسيا',
  'Régions de l’OMD': 'مناطق منظمة الجمارك العالمية',
  'Afrique orientale et australe': 'شرق أفريقيا والجنوب الأفريقي',
  'Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique':
    'الشرق الأقصى وجنوب آسيا وجنوب شرقها وأسترالاسيا وجزر المحيط الهادئ',
  'Afrique du Nord, Proche et Moyen-Orient': 'شمال أفريقيا والشرق الأدنى والأوسط',
  'Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes':
    'أمريكا الجنوبية وأمريكا الشمالية وأمريكا الوسطى ومنطقة البحر الكاريبي',
  'Afrique occidentale et centrale': 'غرب أفريقيا ووسطها',
  'Union européenne': 'الاتحاد الأوروبي',
  // The grouping as a whole (the API's ALL row)
  'Tous les membres': 'جميع الأعضاء',
};
