import { SVG_NS } from './svgElement';

/** What an SVG chart's look depends on: set by attributes, classes or inheritance, all kept in the file. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
];

const SIDES = ['top', 'right', 'bottom', 'left'];
const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];

/**
 * What an HTML chart (a heatmap, a dot plot, bars) needs to be laid out and painted without the stylesheet.
 * Not `overflow`: a scrolling box (the heatmap's, on a narrow screen) would draw scroll bars in the picture.
 */
const HTML_PROPERTIES = [
  'display',
  'position',
  ...SIDES,
  'width',
  'height',
  'min-height',
  'box-sizing',
  ...SIDES.flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  ...CORNERS.map((corner) => `border-${corner}-radius`),
  'border-collapse',
  'border-spacing',
  'table-layout',
  'vertical-align',
  'background-color',
  'background-image',
  'background-size',
  'background-position',
  'background-repeat',
  'box-shadow',
  'color',
  'opacity',
  'visibility',
  'transform',
  'transform-origin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'text-align',
  // A table or a key laid out right to left in Arabic, as the page lays it out.
  'direction',
  'text-transform',
  'text-decoration-line',
  'white-space',
  'list-style-type',
  'flex-direction',
  'flex-wrap',
  'align-items',
  'justify-content',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
];

/** Properties a child takes from its parent: in SVG, written only where they differ from the parent's. */
const SVG_INHERITED = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
]);

/**
 * Whether the element's content sets its height: text, or children in the flow. Its height is then left
 * to the content, which a fixed height could clip should the picture lay it out a pixel taller. Boxes sized
 * by the stylesheet alone (a bar, a dot, a track whose markers are positioned) keep theirs.
 */
function heightFromContent(element: Element): boolean {
  return [...element.childNodes].some((node) =>
    node.nodeType === Node.TEXT_NODE
      ? Boolean(node.textContent?.trim())
      : node instanceof Element && !['absolute', 'fixed'].includes(getComputedStyle(node).position),
  );
}

/** Text only screen readers get, and controls: not part of the picture. */
const LEFT_OUT = '.visually-hidden, button, script';

function isSvg(element: Element): boolean {
  return element.namespaceURI === SVG_NS;
}

/**
 * Writes `from`'s computed look into `to`'s style attribute. `parent` is the computed style of `from`'s
 * parent inside the copied chart (null for its root).
 */
function copyComputedStyle(from: Element, to: Element, parent: CSSStyleDeclaration | null): void {
  if (!(to instanceof HTMLElement || to instanceof SVGElement)) return;
  const computed = getComputedStyle(from);
  const svg = isSvg(from);
  const autoHeight = !svg && heightFromContent(from);
  for (const property of svg ? SVG_PROPERTIES : HTML_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value === '' || (autoHeight && property === 'height')) continue;
    // Left to inheritance in SVG only: HTML's default stylesheet sets some of these per element (a heading's
    // size, a header cell's alignment), which the copy would otherwise take in place of the page's value.
    if (svg && parent && SVG_INHERITED.has(property) && parent.getPropertyValue(property) === value) continue;
    to.style.setProperty(property, value);
  }
}

/**
 * A deep copy of `element` in which every element states its computed look in its own style attribute,
 * so the copy renders alike with none of the page's stylesheets, as a standalone file does.
 */
export function cloneWithInlineStyles<T extends Element>(element: T): T {
  const clone = element.cloneNode(true) as T;
  const originals = [element, ...element.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    const parent = original === element || !original.parentElement ? null : getComputedStyle(original.parentElement);
    if (copy) copyComputedStyle(original, copy, parent);
  });
  for (const left of clone.querySelectorAll(LEFT_OUT)) left.remove();
  return clone;
}
