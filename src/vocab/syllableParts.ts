/** The parts of a Vietnamese syllable: onsets (longest first) and toneless rhymes. */
export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

const RHYME_LIST = `
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oi oc om on ong op ot oong ooc
oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oen oet oem
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut uân uât uâng uây uê uênh uêch uy uya uych uyên uyêt uynh uyt uyu uôc uôi uôm uôn uông uôt uơ
ư ưa ưi ưc ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu
`;

export const RHYMES: ReadonlySet<string> = new Set(RHYME_LIST.split(/\s+/).filter(Boolean));

/** Rhymes ending in a stop take only the sắc or nặng tone. */
export const STOP_CODA = /(p|t|c|ch)$/;
