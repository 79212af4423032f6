// Names no transliteration recovers: Korean names come into Ukrainian and Russian through another
// romanisation (Кім Чен Ин, not "Kim Dzhong Un"), and abbreviations stand for several English words.
// Same format as the core lexicon; "+" joins the English words one Cyrillic word stands for.
export const NAME_ALIASES = `
kim кім ким
jong чен чер
un ин ын
il ір ир
sung сен сун
pyongyang пхеньян пхеньяна пхеньяні пхеньяне
seoul сеул сеула
north+korea кндр
russia рф
us+america сша
european+union єс ес
united+nations оон
kinzhal кинджал кинжал
knevichi кневичі кневичи
komsomolsk комсомольськ комсомольську комсомольск
yonhap йонхап
kcna цтак
reuters рейтер рейтерс
`;
