/**
 * 示例村村规民约: the sample village's compact, 45 articles in 6 chapters, in three versions.
 *
 * Shaped on the source village (issue 13): article 8 forbids building so as to take a neighbour's
 * light (the neighbour who raised his roof by three courses of brick); article 39 handles a refusal to
 * put it right; article 41 restores the villager once he has. Every conduct article is covered by a
 * handling article and every handling article ends in a restoration article.
 *
 * - v1 (2021-03-01): the original; its article 39 said “停发一切福利待遇”, as the source village's did
 *   (a 风险 finding: it may include statutory member rights).
 * - v2 (2024-01-01): article 39 names the discretionary benefits it suspends and for how long;
 *   article 8 is made concrete (加层、加高).
 * - v3 (2026-05-01): article 24 sets a 彩礼 ceiling in words the village agreed; article 12 (门前三包,
 *   now in the township's rules) is repealed, and article 35 no longer covers it.
 */
import type { Article, ArticleRole, Chapter, Compact, CompactVersion } from './model'

const CHAPTERS: Chapter[] = [
  { number: 1, title: '总则' },
  { number: 2, title: '建房用地与邻里关系' },
  { number: 3, title: '公共秩序与环境卫生' },
  { number: 4, title: '婚姻家庭与民风民俗' },
  { number: 5, title: '违约处理与恢复' },
  { number: 6, title: '附则' },
]

type Row = [number, number, ArticleRole, string, number[]?]

const conductRange = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

function base(village: string): Row[] {
  return [
    [
      1,
      1,
      'general',
      `为推进${village}村民自治，弘扬社会主义核心价值观，维护社会秩序和公共道德，根据《中华人民共和国村民委员会组织法》等法律法规，结合本村实际，制定本村规民约。`,
    ],
    [2, 1, 'general', '本村规民约经村民会议讨论通过，对本村全体村民和居住在本村的其他人员具有约束力。'],
    [3, 1, 'general', '村民享有法律规定的各项权利，履行法律规定的各项义务。村民委员会依照本村规民约开展工作，接受村民监督。'],
    [4, 1, 'general', '村民应当遵纪守法，诚实守信，爱党爱国，团结互助，共同建设文明和谐的美丽乡村。'],
    [5, 2, 'conduct', '村民建房应当符合村庄规划，依法申请宅基地，经批准后按批准的位置和面积建设，严禁未批先建、少批多占。'],
    [6, 2, 'conduct', '建房应当与相邻住户协商确定滴水、排水和通行，不得侵占公共道路、沟渠和他人宅基地。'],
    [7, 2, 'conduct', '施工期间应当做好安全防护，建筑材料不得长期占用道路，完工后及时清理场地。'],
    [8, 2, 'conduct', '建房、改建不得妨碍相邻住户的通风和采光。'],
    [9, 2, 'conduct', '邻里之间应当互谅互让，因地界、用水、通行等发生纠纷的，应当协商解决，协商不成的，申请村人民调解委员会调解。'],
    [10, 2, 'conduct', '严禁在他人承包地、宅基地上取土、挖沙、堆放杂物。'],
    [11, 2, 'conduct', '饲养家畜家禽应当圈养，不得放任损害他人庄稼和财物。'],
    [12, 2, 'conduct', '各户应当落实门前三包，保持房前屋后整洁。'],
    [13, 3, 'conduct', '村民应当爱护道路、路灯、水利、健身器材等公共设施，严禁损坏、盗窃。'],
    [14, 3, 'conduct', '生活垃圾应当分类投放到指定地点，严禁向河道、沟渠、道路倾倒垃圾和污水。'],
    [15, 3, 'conduct', '严禁在山林、田间焚烧秸秆和野外用火，清明祭扫应当文明祭祀，注意防火。'],
    [16, 3, 'conduct', '严禁在禁渔期捕鱼，严禁电鱼、毒鱼、炸鱼。'],
    [17, 3, 'conduct', '驾驶车辆应当遵守交通规则，不得酒后驾驶，不得在道路上晾晒粮食、堆放杂物。'],
    [18, 3, 'conduct', '严禁寻衅滋事、聚众斗殴，自觉抵制涉黑涉恶行为，发现线索及时向公安机关举报。'],
    [19, 3, 'conduct', '严禁赌博、吸毒、贩毒和卖淫嫖娼，自觉远离“黄赌毒”。'],
    [20, 3, 'conduct', '村民应当依法有序表达诉求，不得以闹访、缠访等方式扰乱村务秩序。'],
    [21, 3, 'conduct', '村民应当按照筹资筹劳方案参加本村公益事业建设。'],
    [22, 3, 'conduct', '外来人员租住本村房屋的，出租户应当督促其遵守本村规民约。'],
    [23, 4, 'conduct', '婚姻自由，男女平等，反对包办、买卖婚姻，禁止借婚姻索取财物。'],
    [24, 4, 'conduct', '提倡婚事新办，抵制天价彩礼，不得攀比炫富。'],
    [25, 4, 'conduct', '红白喜事应当简办，不得滥办酒席、铺张浪费。婚宴、寿宴等办酒须事先向红白理事会报备。'],
    [26, 4, 'conduct', '提倡厚养薄葬，丧事简办，反对薄养厚葬，不得大操大办。'],
    [27, 4, 'conduct', '子女应当赡养老人，不得拒绝赡养、虐待或者遗弃老人。'],
    [28, 4, 'conduct', '家庭成员之间应当平等相待，严禁家庭暴力。'],
    [
      29,
      4,
      'conduct',
      '妇女与男子享有同等的集体经济组织成员权益，不因结婚、离婚、丧偶而受影响；任何人不得以户无男性为由侵害其土地承包、宅基地和收益分配权益。',
    ],
    [30, 4, 'conduct', '父母应当保障适龄子女接受义务教育，不得让其辍学务工。'],
    [31, 4, 'conduct', '提倡勤劳致富、自力更生，反对“等靠要”和好吃懒做。'],
    [32, 4, 'conduct', '尊老爱幼，邻里和睦，积极参加文明家庭、好媳妇好婆婆等评选活动。'],
    [33, 5, 'general', '对违反本村规民约的，坚持教育为主、处理为辅，处理应当与违约行为的性质、情节相当，只针对违约者本人。'],
    [
      34,
      5,
      'general',
      '作出处理前，村民委员会应当查明事实，书面告知当事人拟处理的事实、依据和内容，听取其陈述和申辩；处理决定应当经村民委员会集体讨论，并告知当事人不服的可向村务监督委员会或者乡镇人民政府反映。',
    ],
    [
      35,
      5,
      'handling',
      '违反本村规民约第五条至第十二条的，由村民委员会责令停止侵害、排除妨碍、恢复原状；造成损失的，责成赔偿损失。',
      conductRange(5, 12),
    ],
    [
      36,
      5,
      'handling',
      '违反本村规民约第十三条至第二十二条的，给予批评教育，责成恢复原状或赔偿损失；情节较重的，在村务公开栏公示通报。',
      conductRange(13, 22),
    ],
    [
      37,
      5,
      'handling',
      '违反本村规民约第二十三条至第三十二条的，由村民委员会和红白理事会进行批评教育，责成赔礼道歉或写出悔改书。',
      conductRange(23, 32),
    ],
    [38, 5, 'handling', '一年内两次以上违反本村规民约的，记入村民信誉档案，取消其当年评先评优资格。', conductRange(5, 32)],
    [39, 5, 'handling', '违反本村规民约第八条、第十条，经责令改正拒不改正的，停发一切福利待遇。', [8, 10]],
    [
      40,
      5,
      'handling',
      '违反本村规民约第十八条、第十九条、第二十八条，涉嫌违法犯罪的，移交公安机关依法处理，村民委员会配合做好教育帮扶。',
      [18, 19, 28],
    ],
    [41, 5, 'restoration', '依照第三十九条处理的村民，改正到位并经村民委员会核实后，自核实之日起恢复享受相关福利。', [39]],
    [
      42,
      5,
      'restoration',
      '依照第三十五条至第三十八条、第四十条处理的村民，改正错误后满一年未再违约的，撤销公示通报，信誉档案记载改正情况。',
      [35, 36, 37, 38, 40],
    ],
    [43, 6, 'supplementary', '本村规民约由村民委员会负责解释，村务监督委员会监督执行。'],
    [44, 6, 'supplementary', '本村规民约的修改，须经村民会议讨论通过，并报乡镇人民政府备案。'],
    [45, 6, 'supplementary', '本村规民约自村民会议通过、公布之日起施行。'],
  ]
}

function articles(rows: Row[]): Article[] {
  return rows.map(([number, chapter, role, text, links]) =>
    links ? { number, chapter, role, text, links } : { number, chapter, role, text },
  )
}

function amend(rows: Row[], changes: Record<number, Partial<{ text: string; links: number[] }> | null>): Row[] {
  return rows.flatMap((r): Row[] => {
    const c = changes[r[0]]
    if (c === null) return []
    if (!c) return [r]
    return [[r[0], r[1], r[2], c.text ?? r[3], c.links ?? r[4]]]
  })
}

export function sampleCompactFor(village = '示例村'): Compact {
  const v1 = base(village)
  const v2 = amend(v1, {
    8: { text: '建房、改建不得妨碍相邻住户的通风和采光。原有房屋加层、加高的，应当事先征得相邻住户同意。' },
    39: {
      text: '违反本村规民约第八条、第十条，经责令改正拒不改正的，暂停享受村集体发放的节日慰问品和村集体组织的旅游体检，暂停期限至改正到位之日止，最长不超过一年。',
    },
  })
  const v3 = amend(v2, {
    12: null,
    24: { text: '提倡婚事新办，抵制天价彩礼，不得攀比炫富。彩礼一般不超过本村上一年度人均可支配收入的三倍。' },
    35: {
      text: '违反本村规民约第五条至第十一条的，由村民委员会责令停止侵害、排除妨碍、恢复原状；造成损失的，责成赔偿损失。',
      links: conductRange(5, 11),
    },
    38: { links: conductRange(5, 11).concat(conductRange(13, 32)) },
  })
  const version = (id: string, effectiveFrom: string, adoptedAt: string, meetingId: string, note: string, rows: Row[]): CompactVersion => ({
    id,
    effectiveFrom,
    adoptedAt,
    meetingId,
    note,
    chapters: CHAPTERS,
    articles: articles(rows),
  })
  return {
    title: `${village}村规民约`,
    versions: [
      version('sample-compact-v1', '2021-03-01', '2021-02-26', 'sample-meeting-2021-02', '2021年制定', v1),
      version('sample-compact-v2', '2024-01-01', '2023-12-16', 'sample-meeting-2023-12', '2023年修订：第八条、第三十九条', v2),
      version(
        'sample-compact-v3',
        '2026-05-01',
        '2026-04-18',
        'sample-meeting-2026-04',
        '2026年修订：第二十四条、第三十五条、第三十八条；废止第十二条',
        v3,
      ),
    ],
  }
}

export const sampleCompact: Compact = sampleCompactFor()
