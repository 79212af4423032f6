/** A sentence with the parts that differ marked, matched case-insensitively. */
export function MarkedSentence({ text, marks }: { text: string; marks: string[] }) {
  const wanted = marks.filter((m) => m.trim().length > 0);
  if (wanted.length === 0) return <>{text}</>;
  const escaped = wanted.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'giu'));
  const lower = new Set(wanted.map((m) => m.toLowerCase()));
  return (
    <>
      {parts.map((part, i) =>
        lower.has(part.toLowerCase()) ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
