import { rgb, type RGB } from 'pdf-lib';
import type { PdfPages } from './document.js';

/** The red of an official seal (公章). */
export const sealRed: RGB = rgb(0.8, 0.1, 0.12);

/**
 * Draws a department's seal image, vector only (no image asset): a red ring, the department's name along
 * the upper arc, a five-pointed star in the middle and a caption (e.g. 电子证照专用章) under it, centred at
 * (cx, cy) with `radius` points. It is a picture of the issuer, not a signature: the QR code carries that.
 */
export function drawSeal(pages: PdfPages, name: string, caption: string, cx: number, cy: number, radius: number): void {
  const page = pages.page;
  page.drawCircle({ x: cx, y: cy, size: radius, borderColor: sealRed, borderWidth: radius * 0.05 });
  page.drawCircle({ x: cx, y: cy, size: radius * 0.9, borderColor: sealRed, borderWidth: radius * 0.012 });

  const chars = [...name];
  const size = Math.min(radius * 0.26, (radius * 3.4) / Math.max(chars.length, 1));
  const textRadius = radius * 0.8 - size;
  // The name runs clockwise over the top, centred on 90°, a step per character.
  const step = Math.min(32, 230 / Math.max(chars.length - 1, 1));
  chars.forEach((char, i) => {
    const angle = ((90 + ((chars.length - 1) / 2 - i) * step) * Math.PI) / 180;
    const width = pages.width(char, size);
    // The baseline runs along the tangent (clockwise), so each character stands upright towards the centre.
    const dx = Math.sin(angle);
    const dy = -Math.cos(angle);
    const x = cx + textRadius * Math.cos(angle) - (dx * width) / 2;
    const y = cy + textRadius * Math.sin(angle) - (dy * width) / 2;
    pages.text(char, x, y, { size, color: sealRed, rotate: (Math.atan2(dy, dx) * 180) / Math.PI });
  });

  const outer = radius * 0.3;
  const inner = outer * 0.382;
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = ((90 + i * 36) * Math.PI) / 180;
    // drawSvgPath's y axis points down from its origin.
    return `${(r * Math.cos(a)).toFixed(2)} ${(-r * Math.sin(a)).toFixed(2)}`;
  });
  page.drawSvgPath(`M ${points.join(' L ')} Z`, { x: cx, y: cy + radius * 0.05, color: sealRed });

  const captionSize = radius * 0.15;
  pages.text(caption, cx, cy - radius * 0.55, { size: captionSize, color: sealRed, align: 'center' });
}
