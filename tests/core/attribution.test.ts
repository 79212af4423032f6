import { describe, expect, it } from 'vitest';
import { findAttribution, findCredit, type Language } from '../../src/core';

describe('findAttribution', () => {
  it.each<[string, Language, string | null]>([
    [
      'Afterwards, Shoigu and Kim “exchanged their constructive opinions,” KCNA said.',
      'en',
      'KCNA',
    ],
    ['Kim discussed military cooperation, state KCNA news agency said on Sunday.', 'en', 'KCNA'],
    ['Shoigu organised a lunch, North Korean state media reported Sunday.', 'en', 'KCNA'],
    ['The Korean Central News Agency said that the visit was a new peak.', 'en', 'KCNA'],
    [
      'Shoigu told Russian media earlier that Moscow is discussing joint exercises.',
      'en',
      'Shoigu',
    ],
    [
      'The Russian defense minister Sergey Shoigu told Russian media that Moscow agrees.',
      'en',
      'Shoigu',
    ],
    [
      'Kim could support Moscow with ammunition, citing US intelligence sources.',
      'en',
      'US intelligence',
    ],
    ['The New York Times reported that Putin wants artillery shells.', 'en', 'New York Times'],
    [
      'According to media outlets such as The New York Times, Kim could help.',
      'en',
      'New York Times',
    ],
    [
      'South Korea and the United States said on Friday that it would violate sanctions.',
      'en',
      'South Korea and the US',
    ],
    ['Auction spokesman Erik Simon said the tapes were withdrawn.', 'en', 'Erik Simon'],
    ['He said the plan would work.', 'en', null],
    ['The talks were constructive, said Dmitry Peskov.', 'en', 'Peskov'],
    ['The tapes were withdrawn, said Erik Simon on Tuesday.', 'en', 'Erik Simon'],
    // The sample article: what Tokyo does is the statement, not its source.
    ["A spokesperson for Japan's foreign ministry said Tokyo was watching the visit.", 'en', null],
    ['Kim met Russian President Vladimir Putin on Wednesday.', 'en', null],
    [
      'Earlier this month, North Korea launched its first operational "tactical nuclear attack submarine".',
      'en',
      null,
    ],
    ['Про це з посиланням на державне інформагентство KCNA повідомляє Yonhap.', 'uk', 'KCNA'],
    [
      'Раніше The New York Times із посиланням на джерела писало, що Путін хоче снаряди.',
      'uk',
      'New York Times',
    ],
    ['За даними Генштабу ЗСУ, окупанти втратили 500 солдатів.', 'uk', 'Генштабу ЗСУ'],
    ['Лідер КНДР перебуває в Росії, повідомляє Yonhap.', 'uk', 'Yonhap'],
    ['Як повідомляв Укрінформ, лідер КНДР перебуває з візитом у Росії.', 'uk', 'Ukrinform'],
    ['Об этом сообщил Шойгу в воскресенье.', 'ru', 'Shoigu'],
    ['По данным ТАСС, переговоры продолжатся.', 'ru', 'TASS'],
    ['Песков заявил, что Кремль не комментирует.', 'ru', 'Peskov'],
    ['Ким осмотрел бомбардировщики в субботу.', 'ru', null],
  ])('%s → %s', (sentence, language, expected) => {
    expect(findAttribution(sentence, language)).toBe(expected);
  });
});

describe('findCredit', () => {
  it.each<[string, string | null]>([
    ['Seoul, Sep 17 (EFE).- North Korea’s leader met Shoigu.', 'EFE'],
    ['WASHINGTON (Reuters) - The talks ended.', 'Reuters'],
    ['WASHINGTON (AP) The talks ended.', 'AP'],
    ['The talks ended.\n\n© 2023 Thomson/Reuters. All rights reserved.', 'Reuters'],
    ['The talks ended.\n\nAFP', 'AFP'],
    ['The talks ended, the ministry said. (via AFP)', 'AFP'],
    ['Photo via Reuters\n\nThe talks ended.', null],
    ['Кім обговорив із Шойгу співробітництво, передає Укрінформ.', 'Ukrinform'],
    ['Переговори завершилися, з посиланням на Reuters повідомляє видання.', 'Reuters'],
    ['Переговоры завершились, сообщает ТАСС.', 'TASS'],
    ['Про це з посиланням на інформагентство KCNA пише місцева газета.', null],
    // A relay closing the text states where it came from.
    ['Про це з посиланням на інформагентство KCNA повідомляє Yonhap.', 'Yonhap'],
    ['Kim met Shoigu, KCNA said.', null],
  ])('%j → %s', (text, expected) => {
    expect(findCredit(text)).toBe(expected);
  });
});
