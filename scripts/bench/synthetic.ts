/**
 * A synthetic corpus shaped like the real one: N term records over the real topics, carriers of
 * mixed kinds, typed values (about half known, half unknown with a reason), multi-paragraph
 * Japanese/English bodies drawn from a fixed vocabulary, and one advisory per 50 terms.
 * Deterministic (seeded), so two runs build the same site. Written to a temp dir; never committed.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JA = [
  '国際電話の発信休止は、申込みを受け付けた日の翌営業日から有効になります。',
  '契約約款の責任の制限により、当社は利用できなかった時間に応じた料金の範囲で責任を負います。',
  '契約者が管理する端末設備やIP-PBXの設定は、契約者の責任で管理してください。',
  '第三者による不正利用であっても、契約者回線から発信された通話の料金は契約者に請求されます。',
  '料金の支払いがない場合、当社は期日を定めて利用を停止することがあります。',
  '利用休止の申込みは窓口、電話、またはウェブから受け付けます。',
  '着信拒否の設定は無料で、国際電話からの着信を一括で拒否できます。',
  '一定額を超える国際通話があった場合は、メールでお知らせします。',
  '不審な通話に気づいたら、すぐに故障受付窓口へ連絡してください。',
  'パスワードは初期値のまま使わず、推測されにくいものに変更してください。',
];
const EN = [
  'The tariff limits liability to the charges for the days the service could not be used.',
  'International call suspension takes effect on the next business day after the request.',
  'Calls made from the subscriber line are billed to the subscriber even when a third party placed them.',
  'Customers must secure their own PBX equipment and change default passwords.',
  'Service may be suspended when charges remain unpaid after the due date.',
  'Contact the support desk immediately if you see unusual international calls.',
];
const KINDS = [['fixed-line', 'ip-phone'], ['mobile'], ['mvno'], ['ip-phone', 'cloud-pbx'], ['fixed-line', 'isp']];

interface Attribute {
  key: string;
  type: string;
  options?: { value: string }[];
}

function knownValue(a: Attribute, r: () => number): string {
  switch (a.type) {
    case 'lead-time':
      return r() < 0.5 ? '{ kind: business-days, value: 1 }' : '{ kind: minutes, value: 30 }';
    case 'yen':
      return r() < 0.5 ? 'free' : '{ amount: 30000, tax: exempt, per: month }';
    case 'boolean':
      return r() < 0.7 ? 'true' : 'false';
    case 'text':
      return '{ ja: "申込書を郵送で提出", en: "Send the application form by post" }';
    case 'list':
      return '[{ ja: "電話", en: "Phone" }, { ja: "ウェブ", en: "Web" }]';
    case 'hours':
      return '{ days: weekdays, from: "09:00", to: "17:00" }';
    case 'enum':
      return a.options![Math.floor(r() * a.options!.length)]!.value;
    case 'number':
      return String(1 + Math.floor(r() * 72));
    default:
      throw new Error(`synthetic corpus: no generator for attribute type ${a.type}`);
  }
}

function body(r: () => number, i: number): string {
  const paragraphs: string[] = [];
  const count = 2 + Math.floor(r() * 4);
  for (let p = 0; p < count; p++) {
    const ja = Array.from({ length: 2 + Math.floor(r() * 3) }, () => JA[Math.floor(r() * JA.length)]).join('');
    const en = r() < 0.4 ? ` ${EN[Math.floor(r() * EN.length)]}` : '';
    paragraphs.push(`${ja}${en}（記録${i}-${p}）`);
  }
  return paragraphs.join('\n\n') + '\n';
}

/** Writes the corpus and returns its directory (same layout as content/). */
export function syntheticCorpus(terms: number, seed = 1): string {
  const r = prng(seed);
  const dir = mkdtempSync(join(tmpdir(), 'yakkan-bench-content-'));
  cpSync('content/topics', join(dir, 'topics'), { recursive: true });
  const topics = readdirSync(join(dir, 'topics')).map((f) => {
    const text = readFileSync(join(dir, 'topics', f), 'utf8');
    const front = parse(text.split(/^---$/m)[1]!) as { attributes: Attribute[] };
    return { id: f.replace(/\.md$/, ''), attributes: front.attributes };
  });
  const carriers = Math.ceil(terms / topics.length);
  const carrierId = (c: number) => `c${String(c).padStart(4, '0')}`;
  mkdirSync(join(dir, 'carriers'));
  for (let c = 0; c < carriers; c++) {
    writeFileSync(
      join(dir, 'carriers', `${carrierId(c)}.md`),
      `---\nname: { ja: 合成通信${c}, en: Synthetic Telecom ${c} }\nkinds: [${KINDS[c % KINDS.length]!.join(', ')}]\n` +
        `website: https://c${c}.example.jp/\n---\n合成データの事業者${c}です。${JA[c % JA.length]}\n`,
    );
    mkdirSync(join(dir, 'terms', carrierId(c)), { recursive: true });
  }
  for (let i = 0; i < terms; i++) {
    const topic = topics[i % topics.length]!;
    const carrier = carrierId(Math.floor(i / topics.length));
    const values = topic.attributes
      .map((a) =>
        r() < 0.5
          ? `  ${a.key}: ${knownValue(a, r)}`
          : `  ${a.key}: { unknown: { ja: "合成データ${i}では未調査", en: "Not researched in synthetic record ${i}" } }`,
      )
      .join('\n');
    writeFileSync(
      join(dir, 'terms', carrier, `${topic.id}.md`),
      `---\ncarrier: ${carrier}\ntopic: ${topic.id}\nvalues:\n${values}\n` +
        `summary: { ja: "合成データ${i}の要約。${JA[i % JA.length]}", en: "Synthetic summary ${i}. ${EN[i % EN.length]}" }\n` +
        `sources:\n  - url: https://c.example.jp/tariff/${i}\n    title: "合成約款${i}"\n    publisher: 合成通信\n` +
        `    evidence: ${['tariff', 'official', 'press', 'secondary'][i % 4]}\n    retrieved: 2026-11-30\nverified: 2026-11-30\n---\n${body(r, i)}`,
    );
  }
  mkdirSync(join(dir, 'advisories'));
  for (let a = 0; a < Math.ceil(terms / 50); a++) {
    const year = 2002 + (a % 24);
    const date = `${year}-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`;
    writeFileSync(
      join(dir, 'advisories', `${date}-synthetic-${a}.md`),
      `---\ndate: ${date}\nissuer: ${carrierId(a % carriers)}\nkind: advisory\n` +
        `title: { ja: "国際電話の不正利用に関する注意喚起 ${a}", en: "Warning about international call fraud ${a}" }\n` +
        `carriers: [${carrierId(a % carriers)}]\ntopics: [${topics[a % topics.length]!.id}]\n` +
        `summary: { ja: "合成の注意喚起${a}。", en: "Synthetic advisory ${a}." }\n` +
        `sources:\n  - url: https://c.example.jp/news/${a}\n    title: "注意喚起${a}"\n    publisher: 合成通信\n` +
        `    evidence: official\n    published: ${date}\n    retrieved: 2026-11-30\n---\n${body(r, a)}`,
    );
  }
  return dir;
}
