import type { ChartHelpMessages } from './chartHelp.en';

export const chartHelpEs: ChartHelpMessages = {
  chartHelpSummary: 'Cómo leer este gráfico',
  chartHelpMaturity:
    'Cada línea es una región: el índice global de madurez medio (0–100) de sus administraciones evaluadas, año por año; un país cuenta con su evaluación presentada o validada más reciente de ese año o de los dos anteriores. Un marcador hueco indica que se evaluó a menos de la mitad de los miembros, y una interrupción indica que no hubo evaluación ese año, nunca cero. Atención: son medias solo de las administraciones evaluadas, y la cobertura difiere entre regiones.',
  chartHelpLevels:
    'Cada barra representa a todos los miembros de la agrupación o región en un año, repartidos por nivel del continuo (de 1 coexistencia a 5 colaboración); los miembros sin evaluación vigente forman su propia parte «no evaluado». Una barra rayada indica que las cifras del año se ocultan porque contribuyen menos de 3 administraciones. Atención: una parte «no evaluado» grande indica que los niveles describen solo a unos pocos miembros.',
  chartHelpDifficulties:
    'Cada barra es la proporción de las administraciones evaluadas de una región que mencionan una dificultad. Una administración puede mencionar varias, así que las proporciones de una región no suman 100 %. Atención: las administraciones no evaluadas en el ciclo no se cuentan en absoluto.',
  chartHelpTrajectory:
    'Cada punto es una evaluación presentada o validada del país, situada en su año, con su índice global (0–100). Una línea discontinua une años sin evaluación entre ellos. Atención: una diferencia de pocos puntos puede deberse a las respuestas de unos pocos ítems; compare las puntuaciones por dimensión antes de sacar conclusiones.',
  chartHelpDimensionComparison:
    'Para cada una de las nueve dimensiones, la puntuación del país (0–100) se compara con la media de las administraciones evaluadas de su región ese mismo año, y con la mediana y el puesto cuando su cuenta puede verlos. Atención: la media de una región solo abarca a sus miembros evaluados y, para los usuarios nacionales, puede estar protegida (ligeramente perturbada).',
  chartHelpCompareDimensions:
    'Un panel por dimensión: una barra por país da su puntuación (0–100) en su evaluación más reciente, y una marca negra la media de su región en ese año. Atención: las evaluaciones más recientes de los países pueden ser de años distintos.',
  chartHelpCompareTrajectories:
    'Una línea por país, cada una con su color, marcador y trazo, da su índice global (0–100) en cada evaluación. Un marcador relleno es una evaluación validada; uno hueco, una evaluación presentada aún no validada. Atención: los años sin evaluación no valen cero; la línea solo une las evaluaciones.',
  chartHelpJointUnits:
    'Cada barra apila las unidades conjuntas en funcionamiento durante el año, coloreadas por tipo; su altura es su número. Atención: una unidad activa varios años cuenta en cada uno, así que las barras no se suman de un año a otro.',
  chartHelpInstrumentMap:
    'Cada país miembro toma el color de la proporción (%) de miembros de su región que cuentan con el instrumento elegido en el año, de modo que todos los países de una región comparten un color. Atención: el color no dice nada del país en sí; abra su perfil para ver sus propios instrumentos.',
  chartHelpDimensionMultiple:
    'Un gráfico pequeño por dimensión: cada línea es la puntuación media (0–100) de una región en esa dimensión, año por año, sobre sus administraciones evaluadas. Una interrupción indica que no hubo evaluación o que las cifras se ocultan ese año, nunca cero. Atención: la cobertura difiere entre regiones y años; un salto puede deberse a quién fue evaluado.',
  chartHelpHeatmap:
    'Cada celda es la puntuación media (0–100) de las administraciones evaluadas de una región en una dimensión; el número figura en la celda y el color lo repite en la escala inferior. Una celda marcada como oculta o no evaluada no tiene cifra; nunca vale cero. Atención: las celdas de una región pequeña se basan en pocas administraciones.',
  chartHelpUnitTypes:
    'Cada barra suma, en el período, lo que lograron las unidades conjuntas de un tipo en la región mostrada: resultados, detenciones o casos de incautación, según lo elegido arriba. Los años ocultos por tener menos de 3 países declarantes quedan fuera de los totales. Atención: son recuentos, no tasas; un tipo con más unidades muestra naturalmente más.',
  chartHelpCorrelation:
    'Cada punto es un país: su índice global de madurez (0–100) en el eje horizontal y el resultado elegido de las operaciones que declaró para el año en el vertical. Se excluyen los países con resultados pero sin evaluación vigente; la r de Pearson y la ρ de Spearman miden cuánto crecen juntos ambos valores. Atención: una correlación no es una causa, y los resultados los declaran los propios países sin auditoría.',
  chartHelpDatabaseRates:
    'Cada barra es una base de datos de INTERPOL: las coincidencias divididas por las consultas, sobre todas las consultas del período, no una media de tasas anuales. Una base que un país no declaró no suma nada. Atención: una tasa alta sobre pocas consultas dice poco; la tabla da el número de consultas.',
  chartHelpTrendCount:
    'Cada línea es una región: la medida sumada sobre los resultados declarados por sus miembros, año por año (una operación cuenta en el año en que terminó). Una región cuyos miembros no declararon nada cuenta cero; una interrupción de la línea es una cifra oculta o ausente (en las operaciones, menos de 3 países declarantes). Atención: las regiones difieren en tamaño y en sus hábitos de declaración.',
  chartHelpTrendShare:
    'Cada línea es una región: la proporción (%) de sus miembros que cuentan con el instrumento, año por año. Una interrupción indica una cifra oculta o ausente, nunca cero. Atención: los miembros se cuentan al 31 de diciembre de cada año, así que un cambio de composición también mueve la proporción.',
  chartHelpTrendRate:
    'Cada línea es una región: las coincidencias divididas por las consultas de todas las verificaciones de sus miembros en las bases de INTERPOL, año por año, no una media de las tasas de los países. Una interrupción indica que no hubo consultas o que las cifras se ocultan, nunca cero. Atención: una tasa con pocas consultas varía mucho de un año a otro.',
  chartHelpUnitsList:
    'Cada fila es una unidad conjunta con sus resultados, detenciones y casos de incautación en el período; haga clic en el encabezado de una columna para ordenar. Atención: estas cifras abarcan todas las operaciones del período; los filtros de programa, actividad y mercancía no se les aplican.',
  chartHelpCommodity:
    'Cada barra es una mercancía: la cantidad incautada en el período, en la unidad indicada arriba. Las cantidades en unidades distintas (kg, litros, artículos, monedas) nunca se convierten ni se suman, así que cada unidad tiene su propio gráfico. Atención: las cifras las declaran los propios países y no se auditan.',
  chartHelpParticipation:
    'Cada país se colorea según el número de operaciones terminadas en el período en las que participó; cuanto más oscuro, más operaciones. Los países que no participaron en ninguna se indican como tales en la leyenda, no con un tono claro. Atención: participar no es lo mismo que declarar resultados; la tabla da ambos.',
  chartHelpMap:
    'Cada país se colorea según la cifra elegida de su evaluación vigente (su evaluación presentada o validada más reciente del año o de los años inmediatamente anteriores). Los países sin ella aparecen como no evaluados, nunca como cero; un país que mantiene sus cifras confidenciales puede mostrar la media protegida de su región. Atención: una clase de color abarca un intervalo de valores; pase el cursor o use la tabla para ver la cifra exacta.',
  chartHelpGapClosure:
    'Cada barra es un ítem del Manual: de las carencias detectadas en una evaluación, cuántas se cerraron (0,5 puntos o más) en la siguiente evaluación del país, con y sin una acción terminada dirigida a ellas. Atención: pocos casos y sin grupo de control; no prueba que las acciones causaran el cierre.',
  chartHelpActionStatus:
    'Cada barra apila las acciones de los planes de la región al 31 de diciembre del año, coloreadas por estado; un punto marca las acciones atrasadas (fecha objetivo vencida, sin terminar). Atención: son recuentos de acciones, no de países; un país con un plan largo pesa mucho.',
  chartHelpPlanShare:
    'Cada línea es una región: la proporción (%) de sus miembros con un plan de acción nacional al 31 de diciembre del año. Una interrupción indica una cifra oculta o ningún miembro, nunca cero. Atención: tener un plan no dice nada de cuántas de sus acciones se han realizado.',
};
