/**
 * Questions that ask for one value: a price, a port number, an IP address, how long, which year,
 * who made it, the programming language, a limit, a directory, a configuration file, a performance
 * figure, the latest version. The notes name the things these questions are about, but give few
 * such values: when the answer does not hold a value of the kind asked, the learner is told the
 * notes don't give it, rather than handed the thing's summary as if it did.
 */
import type { Locale } from '@study-graph/graph';

export interface AskedValue {
  /** What is asked for, as the reply names it. */
  name: Record<Locale, string>;
  /** Whether the folded question asks for it. */
  asks: RegExp;
  /** Whether an answer's text (as written) holds such a value. */
  holds: RegExp;
  /** The value itself, when `holds` also takes whose value it is ("the host's IP"): preferred. */
  itself?: RegExp;
}

/**
 * A number on its own (not the 0 of "docker0", a version or an address, nor a step's "1." or a
 * count's "(1)"); "exactly one" and "đúng một" count too.
 */
const NUMBER =
  /(?<![\p{L}\d./:(])\d+(?![\p{L}\d/:)]|\.\d|\.\s)|\b(exactly one|only one|a single)\b|(đúng|chỉ) một|duy nhất/iu;

const VALUES: AskedValue[] = [
  // First: "đổi IP của docker0 thì sửa file cấu hình nào" asks the file, not the address.
  {
    name: { vi: 'file cấu hình', en: 'the configuration file' },
    asks: /\b(file cau hinh (nao|gi|j|o dau|ten gi)|(which|what) (config|configuration) file|(config|configuration) file (is|do|does|should|to))\b/,
    holds: /(?<![\p{L}\d])\/[a-z]+(\/[\w.-]+)+|\b[\w-]+\.(json|ya?ml|conf|toml)\b/u,
  },
  {
    name: { vi: 'giá', en: 'the price' },
    asks: /\b(gia (bao nhieu|ca|ban|tien|license|licence)|bao nhieu tien|how much (does|do|is|are|would)\b.*\bcosts?|price|prices|pricing)\b/,
    holds: /[$€₫]\s?\d|\d\s?(usd|vnd|đồng|dollars?|euros?)(?!\p{L})/iu,
  },
  {
    name: { vi: 'số cổng', en: 'the port number' },
    asks: /\b((?<!tong )(cong|port) (tcp |udp )?(so )?(bao nhieu|may|nao)|(which|what) (tcp |udp )?port|port number|so cong)\b/,
    holds: /(?<!\p{L})(port|cổng) \d{2,5}\b|\b\d{2,5}(\/(tcp|udp)|:\d{2,5})\b/iu,
  },
  {
    name: { vi: 'subnet', en: 'the subnet' },
    asks: /\b((what|which)( is| s)?( the)?( default)? subnet|subnet (mac dinh )?(la )?(gi|nao|bao nhieu|may)|subnet (does|do|is)\b.*\b(use|uses|get|gets|have|has))\b/,
    holds: /\b\d{1,3}(\.\d{1,3}){3}\/\d{1,2}\b/u,
  },
  {
    name: { vi: 'địa chỉ IP', en: 'the IP address' },
    asks: /\b((what|which)( is| s)?( the)? ip( address)?|ip( address)? (nao|gi|bao nhieu)|(ip|dia chi ip) (cua|of) [\w ]+ (la )?(gi|nao|bao nhieu|may))\b/,
    // A number, or whose address it is: "the host's IP", "IP của host".
    holds: /\b\d{1,3}(\.\d{1,3}){3}\b|host(?:'s)? IP|IP (của|of the) host/iu,
    itself: /\b\d{1,3}(\.\d{1,3}){3}\b/u,
  },
  {
    name: { vi: 'bao lâu', en: 'how long' },
    asks: /\b((bao nhieu|may) (giay|phut|gio|ngay)|bao lau|how long|how many (seconds|minutes|hours|days))\b/,
    holds: /\d+\s?(ms|s|giây|phút|giờ|ngày|seconds?|minutes?|hours?|days?)(?!\p{L})/iu,
  },
  {
    name: { vi: 'năm', en: 'the year' },
    asks: /\b(nam (nao|bao nhieu|may)|(what|which) year|when was\b.*\b(created|released|founded|launched|born|made))\b/,
    holds: /\b(19|20)\d{2}\b/u,
  },
  {
    name: { vi: 'ai làm ra', en: 'who made it' },
    asks: /\b(ai (sang lap|tao ra|phat trien|lam ra|viet ra|dung sau|so huu)|nguoi (sang lap|tao ra)|who (created|invented|founded|made|wrote|developed|built|owns|maintains)|founder|founders|creator)\b/,
    holds: /(?<!\p{L})(của|by|bởi|from) \p{Lu}/u,
  },
  {
    name: { vi: 'ngôn ngữ lập trình', en: 'the programming language' },
    asks: /\b(ngon ngu (lap trinh )?(gi|nao|j)|viet bang (ngon ngu )?(gi|nao|j)|(what|which) (programming )?language|written in)\b/,
    holds: /\b(Go|Golang|Python|Java|C\+\+|Rust|C)\b/u,
  },
  {
    name: { vi: 'giới hạn', en: 'the limit' },
    // A rate is a limit too: "how many pulls per hour", "bao nhiêu lần mỗi giờ".
    // So is how many at once: "how many containers can a host run at the same time".
    asks: /\b((toi da|toi thieu|gioi han)\b.*\b(bao nhieu|may)|(max|maximum|minimum) number|(rate|pull) limit|limit (of|on|for)|how many\b.*\b(at most|max|maximum|per (second|minute|hour|day)|at (the same time|once)|simultaneously)|(bao nhieu|may)\b.*\b((moi|mot) (giay|phut|gio|ngay)|cung luc))\b/,
    holds: NUMBER,
  },
  {
    // "what path does a packet take" asks a route, not a place on disk.
    name: { vi: 'thư mục', en: 'the directory' },
    asks: /\b(where on (the )?disk|(which|what) (directory|folder)|(thu muc|duong dan) (nao|gi|j)|o dau tren (o dia|o cung|dia))\b/,
    holds: /(?<![\p{L}\d])\/[a-z]+(\/[\w.-]+)+/u,
  },
  {
    name: { vi: 'con số so sánh hiệu năng', en: 'a performance figure' },
    asks: /\b((bao nhieu|may) phan tram|percent|percentage|how much (faster|slower|quicker|lighter)|(nhanh|cham|nhe) hon bao nhieu|how many times (faster|slower|quicker|lighter))\b/,
    holds: /\d+\s?(%|percent|phần trăm|lần|times)(?!\p{L})/iu,
  },
  {
    // "giới hạn cpu thì dùng flag gì", "which docker run flag …": the notes give a few flags (-p,
    // --restart), not every one.
    name: { vi: 'flag', en: 'the flag' },
    asks: /\b((which|what) (docker [a-z]+ )?(flag|option)s?|(flag|option|tham so) (nao|gi|j))\b/,
    // A synopsis's optional flags ("[-t SECONDS]") say a flag exists, not what it does.
    holds: /(?<![\p{L}\d[-])--?[a-z][a-z-]*/u,
  },
  {
    name: { vi: 'mức dùng tài nguyên', en: 'the resource use' },
    asks: /\b(how much (cpu|memory|ram|disk|space|storage|bandwidth)|(bao nhieu|may) (ram|cpu|core|gb|mb|bo nho|dung luong)|(ton|chiem|an) (bao nhieu|nhieu) (ram|cpu|bo nho|dung luong))\b/,
    holds: /\d+\s?(KB|MB|GB|TB|%|cores?|CPUs?)(?!\p{L})/iu,
  },
  {
    // "why is docker slow?": a complaint's cause, which the notes never discuss; "why is docker stop
    // slower than docker kill" compares, and the notes give that reason.
    name: { vi: 'nguyên nhân chạy chậm', en: 'the cause of slowness' },
    asks: /\b(why|tai sao|vi sao)\b(?!.*\b(than|hon)\b).*\b(slow|slowly|sluggish|laggy|lag|cham)\b/,
    holds: /\b(slow|slower|slowly)\b|chậm/iu,
  },
  {
    name: { vi: 'nguyên nhân tốn tài nguyên', en: 'the cause of heavy resource use' },
    asks: /\b(why|tai sao|vi sao)\b.*\b((so much|too much|a lot of|lots of) (memory|ram|cpu|disk|space|storage)|(ton|an|chiem|ngon) (nhieu )?(ram|cpu|bo nho|dung luong|o cung|o dia))\b/,
    holds: /\b(memory|RAM|CPU|disk)\b|bộ nhớ|ổ (cứng|đĩa)/iu,
  },
  {
    name: { vi: 'nguyên nhân dung lượng lớn', en: 'the cause of the size' },
    asks: /\b(why|tai sao|vi sao)\b(?!.*\b(than|hon)\b).*\b((so|too|this|that) (big|large|huge|heavy)|(nang|to|lon|bu) (the|vay|qua|the nhi))\b/,
    holds: /\b(size|big|large|heavy|[KMG]B)\b|dung lượng|kích thước|nặng/iu,
  },
  {
    // "Calico vs Weave cái nào nhanh hơn": the notes say what each is, not which is faster ("why
    // is docker stop slower" asks the reason, which they give).
    name: { vi: 'so sánh tốc độ', en: 'a speed comparison' },
    asks: /^(?!.*\b(why|tai sao|vi sao)\b).*\b(faster|quicker|slower|fastest|nhanh hon|cham hon|nhanh nhat)\b/,
    holds: /\b(fast|faster|quick|quickly|slow|slower)\b|nhanh|chậm/iu,
  },
  {
    name: { vi: 'so sánh độ an toàn', en: 'a security comparison' },
    asks: /^(?!.*\b(why|tai sao|vi sao)\b).*\b(more secure|most secure|safer|safest|an toan hon|bao mat hon|an toan nhat|bao mat nhat)\b/,
    // A comparative, or a side said to lack isolation: "security module" compares nothing.
    holds:
      /\b((more|less) (secure|isolated)|safer|(stronger|weaker|better) isolation|no (network )?isolation)\b|(an toàn|bảo mật) hơn|cô lập (tốt |mạnh )?hơn|không (có )?cô lập/iu,
  },
  {
    // "is rkt still maintained", "rkt giờ còn ai maintain ko": a project's state today.
    name: { vi: 'tình trạng phát triển hiện nay', en: 'the maintenance status' },
    asks: /\b((still|actively) (maintained|developed|supported|alive)|con (duoc |dc )?(phat trien|maintain|ho tro|update)|con ai (maintain|phat trien|dung))\b/,
    holds:
      /maintained|discontinued|archived|deprecated|end of life|ngừng phát triển|không còn (được )?(phát triển|hỗ trợ)/iu,
  },
  {
    name: { vi: 'phiên bản mới nhất', en: 'the latest version' },
    asks: /\b((phien ban|ban|version|release)( \w+){0,2} moi nhat|(latest|newest)( \w+){0,2} (version|release)|what s new|co gi moi)\b/,
    holds: /\b\d+\.\d+/u,
  },
];

/** The value a question asks for, or undefined when it asks for none of these. */
export function askedValue(tokens: readonly string[]): AskedValue | undefined {
  const text = tokens.join(' ');
  return VALUES.find((v) => v.asks.test(text));
}
