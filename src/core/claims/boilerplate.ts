// Lines of web pages that are not claims: each rule names the reason the report gives for skipping.
// Rules are tried in order against one sentence (already trimmed); the first match wins.

export interface BoilerplateRule {
  pattern: RegExp;
  reason: string;
}

const NAVIGATION_WORDS =
  'share|share it|share this|tweet|email|print|comment|comments|subscribe|advertisement|related|related articles|related stories|read more|more|back to top|back to top button|top|view|watch|watch live|watch tv live|menu|home|next|previous|close|world|news|video|globaltalk';

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    pattern: new RegExp(`^[-–—•·×|\\s]*(?:${NAVIGATION_WORDS})[-–—.…!:\\s]*$`, 'iu'),
    reason: 'navigation or prompt',
  },
  { pattern: /^[-–—]\s*advertisement\s*[-–—]$/i, reason: 'advertisement' },
  {
    pattern:
      /\b(?:sign up|newsletter|subscribe|leave a (?:reply|comment)|click here|required fields|post(?:ing)? (?:a )?comments?|community guidelines|join the [\w\s]*community|your inbox|your email|email address|download (?:the|our) app|follow us on|app store|google play)\b/i,
    reason: 'subscription or comment prompt',
  },
  {
    pattern:
      /^(?:читайте (?:також|также|більше)|дивіться також|смотрите также|read (?:also|more)|see also|related|more on this|also read)(?=[\s:.,]|$)/iu,
    reason: 'related link',
  },
  {
    pattern:
      /(?:приєднуйтесь|підписуйтесь|подписывайтесь|присоединяйтесь)[^.]*(?:telegram|instagram|youtube|facebook|канал|соцмереж)/iu,
    reason: 'subscription or comment prompt',
  },
  {
    pattern:
      /(?:©|\(c\)\s*\d{4}|\ball rights reserved\b|\b(?:registered )?trademarks? of\b|усі права захищені|все права защищены)/iu,
    reason: 'copyright line',
  },
  { pattern: /^(?:tags?|теги|мітки|topics?)\s*:/iu, reason: 'tag list' },
  {
    pattern:
      /^(?:photo|picture|image|фото|credit)\s*:|\b(?:photo|фото)\s*:\s*[\p{L}\s/.]+$|\bin this (?:photo|picture|image|handout)\b|\bREUTERS\/[A-Z]/u,
    reason: 'photo caption or credit',
  },
  {
    // A caption's credit at its end: "(AP Photo/Evan Vucci)", "Photograph: Alexander
    // Zemlianichenko/AP", "Image source, Getty Images", "… AFP via Getty Images".
    pattern:
      /\((?:AP|AFP|EPA|UPI|Reuters|[A-Z]{2,6})\s+Photo\/[^)]{1,60}\)\s*$|\b(?:photograph|photo|picture|image)(?:\s+(?:source|credit))?\s*[:,]\s*[\p{L}\s/.&-]{2,60}$|\bvia getty images\s*$|^image (?:source|caption)\b|\b(?:getty images|shutterstock|alamy)\s*$/iu,
    reason: 'photo caption or credit',
  },
  {
    pattern:
      /^(?:by|від|автор)\s+\p{Lu}[\p{L}.'-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\p{L}.'-]*|and|&))*\s*$|^(?:reporting|writing|editing|additional reporting) by\b/iu,
    reason: 'byline',
  },
  { pattern: /^\d+\s*(?:-\s*)?(?:minutes?|min)\s+read$/i, reason: 'reading time' },
  {
    pattern:
      /^(?:про це|об этом)\s.*\s(?:повідомляє|передає|повідомили|сообщает|сообщили|передает)(?=[\s,.]|$)/iu,
    reason: 'source line',
  },
  { pattern: /https?:\/\/|www\.\S+/i, reason: 'link' },
];

// Words of a timestamp or dateline: a line made of these and numbers says nothing checkable.
const TIME_WORDS =
  /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|am|pm|edt|est|gmt|utc|bst|cet|cest|updated|published|posted|on|at|of|the|\p{N}+|st|nd|rd|th)/iu;

/** True when a line is only a date, a time or numbers ("Saturday, 16 September 2023 05:58 PM"). */
export function isTimestamp(words: string[]): boolean {
  return words.length > 0 && words.every((word) => TIME_WORDS.test(word));
}

/** True for a comma-separated list of short lower-case keywords without a verb or full stop. */
export function isKeywordList(text: string): boolean {
  const items = text.split(/\s*[,|]\s*/);
  if (items.length < 4 || /[.!?]$/.test(text)) return false;
  return items.every((item) => item.split(/\s+/).length <= 3 && item === item.toLowerCase());
}

// Words that join names in a list or a headline without making it a sentence.
const CONNECTORS = /^(?:and|or|of|the|in|on|for|to|a|an|with|at|by|&|і|й|та|и|в|у|на)$/iu;

/** True when every word is capitalised or a connector: a headline, a name list, a menu. */
export function isTitleCase(words: string[]): boolean {
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || CONNECTORS.test(word));
}
