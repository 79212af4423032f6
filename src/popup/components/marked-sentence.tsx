/** A detail as a pattern that tolerates the punctuation and spacing its sentence may use:
 *  the detail "Sep 12" still marks "Sep. 12", and "12,000" marks "12 000". */
function tolerantPattern(detail: string): string | null {
  const words = detail.match(/[\p{L}\p{N}]+/gu);
  return words ? words.join('[^\\p{L}\\p{N}]{0,3}') : null;
}

/** A sentence with the parts that differ marked. */
export function MarkedSentence({ text, marks }: { text: string; marks: string[] }) {
  const patterns = marks.map(tolerantPattern).filter((p): p is string => p !== null);
  if (patterns.length === 0) return <>{text}</>;
  const matcher = new RegExp(`(${patterns.join('|')})`, 'giu');
  const whole = new RegExp(`^(?:${patterns.join('|')})$`, 'iu');
  const parts = text.split(matcher);
  return (
    <>
      {parts.map((part, i) =>
        part && whole.test(part) ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
