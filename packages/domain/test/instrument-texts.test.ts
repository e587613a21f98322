import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CONTINUUM_LEVELS, DIMENSIONS, DIMENSION_DEFINITIONS, ITEM_TEXTS } from '../src/index.js';

/**
 * The parts of the handbook's French edition that the instrument quotes, copied verbatim in the handbook's
 * order (see fixtures/README.md): chapters II to V, which hold the continuum levels and the dimensions'
 * sections, and section X, the diagnostic tool.
 */
const HANDBOOK_EXCERPTS = ['handbook-chapters-ii-to-v.txt', 'handbook-section-x.txt'];
const RAW = HANDBOOK_EXCERPTS.map((name) =>
  readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8'),
).join('\n');
const LINES = RAW.split(/\r?\n/);

/** Words hyphenated across lines are rejoined ("douane-\npolice" → "douane-police"); whitespace runs become one space. */
function normalise(text: string): string {
  return text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();
}

const HANDBOOK = normalise(RAW);

const CODES = [
  'A.1',
  'A.2.1',
  'A.2.2',
  'A.3.1',
  'A.3.2',
  'A.4.1',
  'A.4.2',
  'A.5.1',
  'A.5.2',
  'A.6',
  'A.7.1',
  'A.7.2',
  'A.8',
  'A.9',
  'A.10',
  'A.11',
  'A.12',
  'A.13',
  'A.14.1',
  'A.14.2',
  'A.15.1',
  'A.15.2',
  'A.16.1',
  'A.16.2',
  'A.17',
  'A.18',
  'A.19',
];

const CELLS = ['question', 'gaps', 'solutions'] as const;

/**
 * Section X, table by table: the lines between a table's code ("A.5.1.") and its "Réponse:" line, without
 * the column header and without cells that hold only a stray ".", normalised.
 */
function sectionXTables(): Map<string, string> {
  const start = LINES.findIndex((l) => /^\s*X\.\s+Outil de diagnostic/.test(l));
  expect(start).toBeGreaterThan(0);
  const tables = new Map<string, string>();
  let code: string | null = null;
  let body: string[] = [];
  for (const line of LINES.slice(start)) {
    const header = /^\s*(A\.[\d.]*\d)\.\s*$/.exec(line);
    if (header) {
      code = header[1]!;
      body = [];
      continue;
    }
    if (code === null) continue;
    if (/^\s*Réponse\s*:/.test(line)) {
      tables.set(code, normalise(body.join('\n')));
      code = null;
      continue;
    }
    const t = line.trim();
    if (t.startsWith('Questions de l') && t.includes('Carences communes')) continue;
    if (t === '.') continue;
    body.push(line);
  }
  return tables;
}

describe('ITEM_TEXTS (handbook section X)', () => {
  it('has exactly the 27 diagnostic codes', () => {
    expect(Object.keys(ITEM_TEXTS).sort()).toEqual([...CODES].sort());
  });

  it('has a question for every item, in both languages', () => {
    for (const code of CODES) {
      const q = ITEM_TEXTS[code]!.question;
      expect(q.fr.trim(), code).not.toBe('');
      expect(q.en.trim(), code).not.toBe('');
    }
  });

  it('blank in French exactly where blank in English', () => {
    for (const code of CODES) {
      for (const cell of CELLS) {
        const t = ITEM_TEXTS[code]![cell];
        expect(t.fr === '', `${code} ${cell}`).toBe(t.en === '');
      }
    }
  });

  it('has no stray whitespace or lone "." cells', () => {
    for (const code of CODES) {
      for (const cell of CELLS) {
        for (const text of [ITEM_TEXTS[code]![cell].fr, ITEM_TEXTS[code]![cell].en]) {
          expect(text, `${code} ${cell}`).toBe(text.trim());
          expect(text, `${code} ${cell}`).not.toMatch(/\s{2,}|\n/);
          expect(text.trim(), `${code} ${cell}`).not.toBe('.');
        }
      }
    }
  });

  it('quotes every non-empty French cell verbatim from the handbook', () => {
    for (const code of CODES) {
      for (const cell of CELLS) {
        const fr = ITEM_TEXTS[code]![cell].fr;
        if (fr === '') continue;
        expect(HANDBOOK.includes(normalise(fr)), `${code} ${cell}: ${fr}`).toBe(true);
      }
    }
  });

  it('matches each handbook table: question, gaps and solutions in order, nothing left out', () => {
    const tables = sectionXTables();
    expect([...tables.keys()]).toEqual(CODES);
    for (const code of CODES) {
      const t = ITEM_TEXTS[code]!;
      const expected = normalise(
        CELLS.map((c) => t[c].fr)
          .filter((s) => s !== '')
          .join(' '),
      );
      expect(expected, code).toBe(tables.get(code));
    }
  });

  it('keeps the handbook blank cells blank', () => {
    const blank = { en: '', fr: '' };
    expect(ITEM_TEXTS['A.3.2']!.gaps).toEqual(blank);
    expect(ITEM_TEXTS['A.3.2']!.solutions).toEqual(blank);
    expect(ITEM_TEXTS['A.13']!.gaps).toEqual(blank);
    expect(ITEM_TEXTS['A.13']!.solutions).toEqual(blank);
    expect(ITEM_TEXTS['A.5.1']!.solutions).toEqual(blank);
    expect(ITEM_TEXTS['A.8']!.gaps).toEqual(blank);
    expect(ITEM_TEXTS['A.8']!.solutions).toEqual(blank);
    expect(ITEM_TEXTS['A.7.1']!.solutions).toEqual(blank);
  });

  it('splits the columns as the handbook does (spot checks)', () => {
    expect(ITEM_TEXTS['A.1']!.question.fr).toBe(
      'Quelles sont les dispositions prises par votre pays pour assurer la coopération douane-police ?',
    );
    expect(ITEM_TEXTS['A.1']!.gaps.fr).toBe('Aucune disposition. Coexistence sans grandes interactions.');
    expect(ITEM_TEXTS['A.1']!.solutions.fr).toBe('Conclusion d’un PE/PA entre la douane et la police');
    expect(ITEM_TEXTS['A.5.1']!.gaps.fr).toBe('Aucune autorité.');
    expect(ITEM_TEXTS['A.5.2']!.gaps.fr).toBe(
      'Le manque de coopération dans certains domaines de risque entrave le travail.',
    );
    expect(ITEM_TEXTS['A.6']!.solutions.fr).toBe(
      'Enquêtes communes dans les modèles de coexistence, de communication et de coopération.',
    );
    expect(ITEM_TEXTS['A.7.1']!.gaps.fr).toBe(
      "Les agents ne sont pas forcément habilités à mener des enquêtes pénales. Les responsabilités ou les compétences peuvent être partagées avec d'autres administrations nationales.",
    );
    expect(ITEM_TEXTS['A.13']!.question.fr).toContain('mettent-elles');
    expect(ITEM_TEXTS['A.17']!.question.fr).toContain('rencontrez-vous');
    expect(ITEM_TEXTS['A.15.1']!.question.fr).toContain('prévoit-il');
    expect(ITEM_TEXTS['A.14.2']!.question.fr.startsWith('Dans l`affirmative')).toBe(true);
  });
});

describe('CONTINUUM_LEVELS (handbook section IV.a, Schéma 3)', () => {
  it('has the five levels in order', () => {
    expect(CONTINUUM_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(CONTINUUM_LEVELS.map((l) => l.name.fr)).toEqual([
      'Coexistence',
      'Communication',
      'Coopération',
      'Coordination',
      'Collaboration',
    ]);
  });

  it('quotes every description verbatim from section IV.a', () => {
    const from = HANDBOOK.indexOf('a. LES NIVEAUX DE PARTENARIAT');
    const to = HANDBOOK.indexOf('b. LES ÉLÉMENTS CLÉS DE LA COOPÉRATION DOUANE-POLICE');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const section = HANDBOOK.slice(from, to);
    for (const level of CONTINUUM_LEVELS) {
      expect(level.description.fr, `level ${level.level}`).not.toBe('');
      expect(level.description.en, `level ${level.level}`).not.toBe('');
      expect(section.includes(normalise(level.description.fr)), `level ${level.level}`).toBe(true);
      expect(level.description.fr.startsWith(`La ${level.name.fr.toLowerCase()} `), `level ${level.level}`).toBe(true);
    }
  });
});

describe('DIMENSION_DEFINITIONS', () => {
  /** [line index, Roman numeral] of the handbook's chapter headings. */
  const chapters = LINES.flatMap((l, i) => {
    const m = /^\s*(X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s+\p{Lu}/u.exec(l);
    return m ? [[i, m[1]!] as const] : [];
  });

  it('covers the nine dimensions in order', () => {
    expect(DIMENSION_DEFINITIONS.map((d) => d.code)).toEqual([...DIMENSIONS]);
  });

  it('names a real section with its verbatim heading', () => {
    for (const d of DIMENSION_DEFINITIONS) {
      const [roman, letter] = d.section.split('.');
      const line = LINES.findIndex((l, i) =>
        normalise(LINES.slice(i, i + 4).join('\n')).startsWith(`${letter}. ${normalise(d.sectionTitle.fr)}`),
      );
      expect(line, `${d.code}: ${d.sectionTitle.fr}`).toBeGreaterThan(0);
      const chapter = chapters.filter(([i]) => i < line).at(-1);
      expect(chapter?.[1], d.code).toBe(roman);
      expect(d.sectionTitle.en, d.code).not.toBe('');
    }
  });

  it('quotes the guidance verbatim from its section', () => {
    for (const d of DIMENSION_DEFINITIONS) {
      const [, letter] = d.section.split('.');
      const from = HANDBOOK.indexOf(`${letter}. ${normalise(d.sectionTitle.fr)}`);
      expect(from, d.code).toBeGreaterThan(0);
      // The section runs to the next lettered or numbered heading.
      const rest = HANDBOOK.slice(from + 3);
      const next = rest.search(/ (?:[a-h]\. [A-ZÀ-Ý’' -]{8,}|(?:X|IX|VIII|VII|VI|V|IV|III|II|I)\. \p{Lu}\p{Ll})/u);
      const section = next < 0 ? rest : rest.slice(0, next);
      expect(d.guidance.fr, d.code).not.toBe('');
      expect(d.guidance.en, d.code).not.toBe('');
      expect(section.includes(normalise(d.guidance.fr)), `${d.code}: ${d.guidance.fr}`).toBe(true);
      expect(d.label.en && d.label.fr, d.code).toBeTruthy();
    }
  });
});
