/**
 * Words that say what a question wants, in both languages, folded (no diacritics, lower case).
 * Matching is by whole tokens, so "ve" never matches inside "version".
 */
export const CUES = {
  definition: [
    'la gi', 'la cai gi', 'nghia la gi', 'la nhu the nao', 'what is', 'what are', 'whats', 'what s', 'define',
    'definition', 'meaning of', 'explain', 'giai thich', 'tell me about', 'noi ve', 'dung de lam gi', 'de lam gi',
    'dung de', 'used for', 'purpose', 'lam gi', 'nghia la',
  ],
  relation: [
    'lien quan', 'quan he', 'lien he', 'ket noi', 'giao tiep', 'related', 'relationship', 'relation', 'relate',
    'connect', 'connected', 'connects', 'talk', 'talks', 'communicate', 'communicates', 'interact', 'linked',
    'between', 'giua', 'tuong tac',
  ],
  comparison: [
    'khac', 'khac nhau', 'so sanh', 'vs', 'versus', 'difference', 'differences', 'different', 'differ', 'compare',
    'comparison', 'giong', 'giong nhau', 'similar', 'phan biet',
  ],
  parts: [
    'gom', 'bao gom', 'thanh phan', 'cau tao', 'component', 'components', 'consist', 'consists', 'made of', 'parts',
    'part of', 'contain', 'contains', 'include', 'includes', 'built from', 'gom co',
  ],
  members: [
    'cac loai', 'loai', 'nhung loai', 'kieu', 'cac kieu', 'types', 'type of', 'kinds', 'kind of', 'list', 'liet ke',
    'examples', 'vi du', 'what are the', 'which are', 'co nhung', 'gom nhung',
  ],
  lifecycle: ['trang thai', 'state', 'states', 'lifecycle', 'life cycle', 'vong doi', 'chu trinh', 'chu ky', 'status'],
  command: ['lenh', 'lenh nao', 'command', 'commands', 'which command', 'dung lenh', 'go', 'get', 'dua', 'chuyen'],
  howto: [
    'lam sao', 'lam the nao', 'lam cach nao', 'cach', 'how do i', 'how to', 'how can i', 'how do', 'how does',
    'how can', 'huong dan', 'bang cach nao',
  ],
  diagram: [
    'so do', 'draw', 'diagram', 'show me', 'minh hoa', 'hinh ve', 'visualize', 'visualise', 'picture', 've so do',
    've hinh', 'chart', 'sketch', 'show',
  ],
  version: ['phien ban', 'version', 'versions', 'ban nao', 'release', 'tu ban'],
  alternatives: ['ngoai', 'other', 'others', 'besides', 'alternative', 'alternatives', 'instead of', 'khac ngoai'],
  traffic: [
    'reach', 'access', 'truy cap', 'ra ngoai', 'ben ngoai', 'internet', 'outside', 'traffic', 'luu luong',
    'inbound', 'outbound', 'chieu', 'di ra', 'tu ngoai', 'goi tin', 'packet', 'packets', 'expose', 'publish',
    'from outside', 'ra internet',
  ],
  direct: ['truc tiep', 'directly', 'direct', 'ngay'],
  yesNo: ['co the', 'duoc khong', 'khong', 'can', 'could', 'is it possible', 'possible'],
} as const satisfies Record<string, readonly string[]>;

export type CueName = keyof typeof CUES;

/** Words before a concept that make it the start ("from X", "từ X") or the goal ("to X", "về X"). */
export const FROM_MARKERS = ['tu', 'from', 'out of', 'khoi'];
export const TO_MARKERS = ['to', 'into', 'den', 'toi', 'sang', 've', 'thanh', 'reach', 'reaches', 'back to', 'vao', 'truy cap', 'access', 'qua', 'tro ve', 'tro lai', 'lai'];

/** Words that carry no meaning for linking; a fuzzy match is never tried on them. */
export const FILLER = new Set(
  `a an the of to in on at for and or is are be been was were do does did can could should would i my me you your we
   it its this that these those there what which who whom how why when where with from into by as about please
   la gi cua nhu the nao cac nhung mot co khong duoc thi va voi trong tu ve sang den cho minh toi ban hay giup
   nay kia do lam sao sau khi dang da se roi chua vay a nhe oi di`.split(/\s+/),
);

/** The diacritic form of "vẽ" (draw): folded it would be confused with "về" (to, back). */
export const DRAW_WORDS = ['vẽ'];
