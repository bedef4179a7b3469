/**
 * 使用说明 (help for each area), as data: the AreaHelp panel shows one, the 使用手册 PDF prints all.
 *
 * AREA_HELP[areaName] → { title, purpose, basis, steps } — areaName is the router's area name
 * (router/areas.ts: home, people, compact, decisions, violations, notices, exchange, settings).
 * purpose: what the area is for, one or two sentences; basis: its legal basis in plain words (no
 * article numbers beyond what a secretary would quote); steps: what she does, in order.
 * Every text is plain Chinese without Latin letters (help/help.test.ts checks it).
 */

export interface AreaHelp {
  /** the area's menu title */
  title: string
  purpose: string
  basis: string
  steps: readonly string[]
}

export const AREA_HELP: Readonly<Record<string, AreaHelp>> = {
  home: {
    title: '首页',
    purpose: '一眼看清本村在册户数、人数和近期要办的事：快到期的公示、该开的会、整改期限和备份提醒。',
    basis: '村民委员会组织法要求村民代表会议每季度召开一次、村务及时公开；首页的提醒按这些要求排出。',
    steps: [
      '每天打开软件先看“待办”，点一条提醒直接进入要办的事。',
      '在册人数按今天的日期计算，迁出和死亡的人不计入。',
      '有备份提醒时，按提示到“设置 → 数据备份”备份一次。',
    ],
  },
  people: {
    title: '人员',
    purpose: '管理本村的户、村民、党员、村民代表、两委和村务监督委员会成员，是开会、表决和公示的名单来源。',
    basis:
      '村民会议由本村十八周岁以上的村民组成；开会时“应到”多少人，就按这里在会议当天的名单计算。身份证号、手机号属于个人信息，名单和打印件默认遮住中间几位。',
    steps: [
      '第一次使用时，在“Excel 导入导出”里下载模板，填好本村花名册再导入。',
      '新增村民、修改信息都会记入操作日志；录错的姓名、身份证号、与户主关系，或户的户号、村民小组，点旁边的“更正”并写明原因，原来的内容会保留。',
      '查看完整身份证号要说明用途，这一次查看也会记入操作日志。',
      '在“身份”中登记党员、村民代表、两委和监委会成员及任期。',
    ],
  },
  compact: {
    title: '村规民约',
    purpose: '保存本村村规民约的全部条款和历次版本，记录制定、修改的程序，并报乡镇备案。',
    basis: '村规民约由村民会议制定和修改，并报乡镇人民政府备案；内容不得违反法律法规，不得侵犯村民的人身权利、民主权利和合法财产权利。',
    steps: [
      '录入或导入现行村规民约，软件会逐条检查有没有违法的条款。',
      '修改时先起草新版本，按程序征求意见、提交村民会议表决。',
      '通过后打印公布，并把备案材料报送乡镇。',
    ],
  },
  decisions: {
    title: '四议两公开',
    purpose: '村里的重大事项按“四议两公开”办理：党支部提议、两委商议、党员大会审议、村民会议或村民代表会议决议，决议公开、实施结果公开。',
    basis:
      '涉及村民利益的重大事项，要经村民会议讨论决定，也可以授权村民代表会议决定。开会人数和通过票数按法律计算：村民代表会议要有三分之二以上的组成人员到会，决定要经到会人员过半数同意。',
    steps: [
      '点“新建事项”，写明事项内容，勾选它涉及的类别。',
      '按顺序完成每一步，每次会议登记应到、实到和表决票数，软件当场算出是否够人数、是否通过。',
      '决议通过后发布决议公开，办完后发布实施结果公开。',
    ],
  },
  violations: {
    title: '违约处理',
    purpose: '村民违反村规民约时，按条款登记案件，依次告知、听取陈述申辩、作出处理决定、督促整改，整改合格后恢复。',
    basis: '处理只能依据本村现行村规民约的条款，并且不得侵犯村民依法享有的权利；作出处理前要告知当事人，听取他的陈述和申辩。',
    steps: [
      '点“新建案件”，选当事人和违反的条款。',
      '打印告知书送达当事人，登记他的陈述申辩。',
      '作出处理决定并送达；整改期满后验收，合格后办理恢复。',
    ],
  },
  notices: {
    title: '公示公告',
    purpose: '起草、打印、张贴公示，记录公示期内收到的异议和答复，期满登记结果后归档。',
    basis:
      '村务要公开：一般事项至少每季度公布一次，涉及村民利益的重大事项随时公布。公示上不能出现完整的身份证号、手机号和银行账号，软件打印时自动遮住。',
    steps: [
      '点“新建公示”，选类型，填写标题、正文和公示天数，先预览再签发。',
      '签发后内容不能再改；如有错误，用“发布更正”另发一份。',
      '张贴后登记张贴日期和地点，可附现场照片。',
      '公示期内有异议就登记并答复；期满后登记结果，打印公示结果记录，再归档。',
    ],
  },
  exchange: {
    title: '导出与备份',
    purpose: '把本村数据导出给乡镇（数据包、Excel 台账、PDF），并在本机保存备份。',
    basis: '数据只保存在本机，不联网；只有您主动导出的文件才会离开这台电脑。',
    steps: ['选择要报送的内容，导出文件，用优盘或其他方式交给乡镇。', '定期备份，并把备份文件另存一份在优盘上。'],
  },
  settings: {
    title: '设置',
    purpose: '填写和修改村情信息，查看本村适用的法定规则，管理数据备份、操作日志和示例数据，开关大字模式。',
    basis: '每一次新增、修改、导入、导出和查看完整号码都记入操作日志，只能追加、不能修改，用来证明记录没有被改动。',
    steps: [
      '在“村情信息”里核对村名、乡镇、村务监督委员会电话和文书姓名。',
      '在“法定规则”里看开会人数、通过票数等规则及其依据。',
      '在“操作日志”里可以校验日志是否完整。',
      '在“使用说明”里可以打开大字模式，或打印本使用手册。',
    ],
  },
}

/** The areas in the order the manual prints them (the menu's order). */
export const HELP_ORDER = ['home', 'people', 'compact', 'decisions', 'violations', 'notices', 'exchange', 'settings'] as const
