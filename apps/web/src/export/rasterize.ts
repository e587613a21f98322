import type { SerializedChart } from './serializeChart';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('The chart could not be drawn as an image.'));
    };
    image.src = src;
  });
}

/** The standalone SVG drawn on a canvas `scale` times its size (sharp on high-density screens and in print). */
export async function rasterize(chart: SerializedChart, scale = 2): Promise<Blob> {
  // A data: URL (which the app's Content-Security-Policy allows for images): drawn from it, even an SVG
  // holding a foreignObject leaves the canvas readable in Chromium (the browser test downloads one).
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.markup)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(chart.width * scale);
  canvas.height = Math.round(chart.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, chart.width, chart.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The chart could not be drawn as an image.'));
    }, 'image/png');
  });
}
