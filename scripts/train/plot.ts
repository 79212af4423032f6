// The calibration plot: predicted strength against the observed share of pairs whose evidence
// states the claim, per bin, drawn as SVG and rendered to PNG by Debian's Chromium.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export interface Series {
  name: string;
  colour: string;
  /** Per bin: mean predicted strength, observed share, pairs. */
  points: { predicted: number; observed: number; count: number }[];
}

export function reliability(
  items: { strength: number; label: number }[],
  bins = 10,
): Series['points'] {
  return Array.from({ length: bins }, (_, b) => {
    const inBin = items.filter(
      (i) =>
        i.strength >= b / bins &&
        (i.strength < (b + 1) / bins || (b === bins - 1 && i.strength <= 1)),
    );
    const mean = (f: (i: (typeof items)[number]) => number) =>
      inBin.reduce((s, i) => s + f(i), 0) / (inBin.length || 1);
    return {
      predicted: mean((i) => i.strength),
      observed: mean((i) => i.label),
      count: inBin.length,
    };
  }).filter((p) => p.count > 0);
}

export function calibrationSvg(series: Series[], title: string): string {
  const size = 420;
  const pad = 50;
  const x = (v: number) => pad + v * (size - 2 * pad);
  const y = (v: number) => size - pad - v * (size - 2 * pad);
  const grid = [0, 0.2, 0.4, 0.6, 0.8, 1]
    .map(
      (v) =>
        `<line x1="${x(v)}" y1="${y(0)}" x2="${x(v)}" y2="${y(1)}" stroke="#eee"/>` +
        `<line x1="${x(0)}" y1="${y(v)}" x2="${x(1)}" y2="${y(v)}" stroke="#eee"/>` +
        `<text x="${x(v)}" y="${y(0) + 16}" font-size="11" text-anchor="middle">${v}</text>` +
        `<text x="${x(0) - 8}" y="${y(v) + 4}" font-size="11" text-anchor="end">${v}</text>`,
    )
    .join('');
  const lines = series
    .map((s, k) => {
      const path = s.points
        .map((p, i) => `${i ? 'L' : 'M'}${x(p.predicted)},${y(p.observed)}`)
        .join(' ');
      const dots = s.points
        .map(
          (p) =>
            `<circle cx="${x(p.predicted)}" cy="${y(p.observed)}" r="${2 + Math.min(6, Math.log10(p.count + 1) * 1.5)}" fill="${s.colour}"/>`,
        )
        .join('');
      const legend = `<rect x="${x(0.04)}" y="${y(0.96) + k * 16 - 9}" width="10" height="10" fill="${s.colour}"/><text x="${x(0.04) + 14}" y="${y(0.96) + k * 16}" font-size="12">${s.name}</text>`;
      return `<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="2"/>${dots}${legend}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>${grid}
<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="4 4"/>
<text x="${size / 2}" y="22" font-size="14" text-anchor="middle">${title}</text>
<text x="${size / 2}" y="${size - 10}" font-size="12" text-anchor="middle">predicted strength (held-out folds)</text>
<text transform="translate(14 ${size / 2}) rotate(-90)" font-size="12" text-anchor="middle">observed share stating the claim</text>
${lines}</svg>`;
}

/** Writes the SVG and a PNG rendering of it beside each other. */
export async function writePlot(svg: string, base: string): Promise<void> {
  writeFileSync(`${base}.svg`, svg);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 420 } });
    await page.setContent(svg);
    await page.screenshot({ path: `${base}.png` });
  } finally {
    await browser.close();
  }
}
