import type { Token } from '../text/terms';

/** A run of capitalised words: a person, place or organisation, as far as letters can tell. */
export interface Entity {
  text: string;
  tokens: number[];
  /** Preceded by a place preposition ("in Vladivostok", "near the city of …", "у Владивостоці"). */
  place: boolean;
  /** Named as the source of the statement ("KCNA said", "according to Reuters"): not a fact of it. */
  source: boolean;
}

// Titles and honorifics vary between copies ("Gen." / "General", "Miss" / "Ms"): not part of a name.
const TITLE =
  /^(?:mr|mrs|ms|miss|dr|prof|gen|general|col|colonel|lt|sgt|sen|senator|rep|gov|governor|president|minister|pres|st|sir|lady|lord|king|queen|prince|pope|judge|chief|pan|пан|пані|господин|генерал|президент|міністр|министр)$/i;
const CONNECTOR = /^(?:of|de|al|bin|von|van|der|la|le)$/;
const PLACE_BEFORE =
  /^(?:in|near|at|from|into|outside|inside|across|of|city|town|village|region|province|capital|port|в|у|на|біля|поблизу|під|возле|около|из|до|місті|городе)$/iu;
const SOURCE_AFTER =
  /^(?:said|says|reported|reports|added|told|stated|announced|quoted|claimed|повідомляє|повідомило|повідомив|передає|сообщает|сообщило|заявил|заявив|заявили)$/iu;
const SOURCE_BEFORE = /^(?:citing|quoting|посиланням|даними|слов|словам)$/iu;

/** Capitalised runs in the tokens, with hyphenated parts ("Jong-un") kept in the run. A lone
 *  capitalised first word is left out: capitals there say nothing. `skip` holds date tokens;
 *  titles ("Gen.", "Ms") are dropped from the runs. */
export function findEntities(text: string, tokens: Token[], skip: Set<number>): Entity[] {
  const runs: number[][] = [];
  let run: number[] = [];
  tokens.forEach((token, i) => {
    const hyphenated = run.length > 0 && text.charAt(token.start - 1) === '-';
    const inRun = run.length > 0 && (CONNECTOR.test(token.text) || hyphenated);
    if (!skip.has(i) && (token.capitalised || inRun) && !/^\d/.test(token.text)) {
      if (!TITLE.test(token.text)) run.push(i);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs.flatMap((indexes) => {
    const kept = trimConnectors(indexes, tokens);
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (first === undefined || last === undefined || (first === 0 && kept.length === 1)) return [];
    return [entityAt(text, tokens, kept, first, last)];
  });
}

function trimConnectors(indexes: number[], tokens: Token[]): number[] {
  let end = indexes.length;
  while (end > 0 && CONNECTOR.test(tokens[indexes[end - 1] ?? -1]?.text ?? '')) end--;
  return indexes.slice(0, end);
}

function entityAt(
  text: string,
  tokens: Token[],
  kept: number[],
  first: number,
  last: number,
): Entity {
  const word = (i: number) => tokens[i]?.text ?? '';
  const previous = word(first - 1);
  const skipThe = previous.toLowerCase() === 'the' ? word(first - 2) : previous;
  const next = word(last + 1);
  return {
    text: text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0),
    tokens: kept,
    place: PLACE_BEFORE.test(previous) || PLACE_BEFORE.test(skipThe),
    source:
      SOURCE_AFTER.test(next) ||
      SOURCE_BEFORE.test(previous) ||
      (previous === 'to' && word(first - 2).toLowerCase() === 'according'),
  };
}
