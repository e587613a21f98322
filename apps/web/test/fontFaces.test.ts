import { describe, expect, it, vi } from 'vitest';
import { inlinedFace, inlineFontFaces, type FontFaceSource } from '../src/export/fontFaces';

/** A face as the browser's CSSOM gives it (jsdom's leaves out `src` and `unicode-range`). */
function face(descriptors: Record<string, string>, href: string | null = 'http://localhost/assets/index.css') {
  return {
    style: { getPropertyValue: (name: string) => descriptors[name] ?? '' },
    parentStyleSheet: { href },
  } satisfies FontFaceSource;
}

describe('the Arabic font a chart picture carries', () => {
  it('inlines a face’s file as a data: URL, with its weight and its range', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: URL) => {
        fetched.push(url.href);
        // The page's Blob, which its FileReader reads.
        return Promise.resolve({ ok: true, blob: () => Promise.resolve(new Blob(['wOF2'], { type: 'font/woff2' })) });
      }),
    );
    const arabicBold = face({
      'font-family': '"Noto Sans Arabic"',
      'font-weight': '700',
      src: 'url("./files/arabic-700.woff2") format("woff2"), url("./files/arabic-700.woff") format("woff")',
      'unicode-range': 'U+600-6FF',
    });

    const css = await inlinedFace(arabicBold, 'Noto Sans Arabic', 'http://localhost/');

    // The first file, relative to its stylesheet.
    expect(fetched).toEqual(['http://localhost/assets/files/arabic-700.woff2']);
    // "wOF2" in base64.
    expect(css).toBe(
      "@font-face{font-family:'Noto Sans Arabic';src:url(data:font/woff2;base64,d09GMg==);" +
        'font-weight:700;unicode-range:U+600-6FF;}',
    );
  });

  it('leaves out a face whose file cannot be had, rather than failing the download', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('', { status: 404 }))),
    );
    expect(await inlinedFace(face({ src: 'url(/gone.woff2)' }), 'Noto Sans Arabic', 'http://localhost/')).toBe('');
  });

  it('finds nothing to carry in a page without the family', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const style = document.createElement('style');
    style.textContent = "@font-face { font-family: 'Other Sans'; src: url(/other.woff2); }";
    document.head.append(style);
    expect(await inlineFontFaces(document)).toBe('');
    expect(fetchMock).not.toHaveBeenCalled();
    style.remove();
  });
});
