/** The element an extension page renders into. */
export function appRoot(): HTMLElement {
  const root = document.getElementById('app');
  if (!root) throw new Error('Crosscheck: the page has no #app element');
  return root;
}
