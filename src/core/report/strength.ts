// How the report names a piece of evidence's strength: the judge's calibrated probability in
// words, in one place for the popup, the exports and the CLI.

export type StrengthBand = 'strong' | 'moderate' | 'weak';

/** Lowest strength of each band, strongest first. The strength is calibrated (of the pairs the
 *  judge gives 0.8, about four in five state the claim), and support starts at 0.5, the decision
 *  threshold: "weak" is evidence little better than a coin toss, "strong" evidence that states
 *  the claim four times in five or more. */
export const STRENGTH_BANDS: readonly { band: StrengthBand; min: number }[] = [
  { band: 'strong', min: 0.8 },
  { band: 'moderate', min: 0.6 },
  { band: 'weak', min: 0 },
];

/** The band of a strength as shown, to two decimals: 0.7996 shows as 0.80, so it is strong. */
export function strengthBand(strength: number): StrengthBand {
  const shown = Math.round(strength * 100) / 100;
  return STRENGTH_BANDS.find(({ min }) => shown >= min)?.band ?? 'weak';
}

/** "strong · 0.92": the band and the strength to two decimals. */
export function strengthLabel(strength: number): string {
  return `${strengthBand(strength)} · ${strength.toFixed(2)}`;
}
