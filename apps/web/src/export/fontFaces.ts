/** The family of the page's Arabic font, which the app serves itself. */
export const ARABIC_FAMILY = 'Noto Sans Arabic';

const FACE_DESCRIPTORS = ['font-style', 'font-weight', 'font-display', 'unicode-range'];

function blobAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('The chart’s font could not be read.'));
    };
    reader.onerror = () => {
      reject(new Error('The chart’s font could not be read.'));
    };
    reader.readAsDataURL(blob);
  });
}

/** The page's @font-face rules of a family, in the stylesheets it can read. */
function fontFaceRules(document: Document, family: string): CSSFontFaceRule[] {
  const rules: CSSFontFaceRule[] = [];
  for (const sheet of document.styleSheets) {
    let sheetRules: CSSRuleList;
    try {
      sheetRules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of sheetRules) {
      const named = rule instanceof CSSFontFaceRule ? rule.style.getPropertyValue('font-family') : '';
      if (named.replace(/["']/g, '').trim() === family) rules.push(rule as CSSFontFaceRule);
    }
  }
  return rules;
}

/** What an @font-face rule says of its face: its descriptors, and the stylesheet its file's URL is relative to. */
export interface FontFaceSource {
  style: Pick<CSSStyleDeclaration, 'getPropertyValue'>;
  parentStyleSheet: { href: string | null } | null;
}

/** One face, its file inlined; empty where the file cannot be had. */
export async function inlinedFace(rule: FontFaceSource, family: string, base: string): Promise<string> {
  const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule.style.getPropertyValue('src'))?.[1];
  if (url === undefined) return '';
  const response = await fetch(new URL(url, rule.parentStyleSheet?.href ?? base));
  if (!response.ok) return '';
  const data = await blobAsDataUrl(await response.blob());
  const descriptors = FACE_DESCRIPTORS.map((name) => [name, rule.style.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value};`);
  return `@font-face{font-family:'${family}';src:url(${data});${descriptors.join('')}}`;
}

/**
 * The page's faces of a font family, each file inlined as a data: URL, as CSS. A picture drawn from an SVG
 * image loads nothing, not even the page's own fonts: without them, Arabic would be drawn in whatever font
 * the system has, wider than the one its lines were measured in, or as boxes where it has none.
 */
export async function inlineFontFaces(document: Document, family = ARABIC_FAMILY): Promise<string> {
  const faces = await Promise.all(
    fontFaceRules(document, family).map((rule) => inlinedFace(rule, family, document.baseURI).catch(() => '')),
  );
  return faces.join('');
}

/**
 * Loads the page's Arabic faces (Arabic and Latin letters, regular and bold), so that the picture's lines are
 * measured in the font it names first: the page itself may never have drawn with it, its system font
 * covering Arabic.
 */
export async function loadArabicFont(document: Document): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 12px '${ARABIC_FAMILY}'`, 'عa')));
}
