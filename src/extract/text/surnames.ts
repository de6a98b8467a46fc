/**
 * Common Chinese surnames (the familiar 百家姓 set as used today), most frequent
 * first. Reference data: used to tell where one run-together name ends and the
 * next begins (`张伟李娜` → 张伟, 李娜) and to glue an OCR-split name back.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由郦郇昌洪殳秘虎钮郗雒腾酆岩火菅荀糜习';

const COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '端木',
  '南宫',
  '西门',
  '独孤',
  '轩辕',
  '呼延',
  '申屠',
  '澹台',
  '公冶',
  '太史',
  '闻人',
  '万俟',
  '赫连',
  '拓跋',
  '钟离',
  '百里',
  '东郭',
  '左丘',
  '濮阳',
  '淳于',
  '单于',
  '第五',
];

const RANK = new Map<string, number>();
[...SINGLE].forEach((ch, i) => {
  if (!RANK.has(ch)) RANK.set(ch, i);
});

/** Frequency rank of a one-character surname (0 = most common), or null if not a surname. */
export function surnameRank(ch: string): number | null {
  return RANK.get(ch) ?? null;
}

/** Length of the surname a name starts with: 2 for 欧阳…, 1 for 王…, 0 if none known. */
export function surnameLength(name: string): number {
  if (COMPOUND.some((c) => name.startsWith(c))) return 2;
  return RANK.has(name[0] ?? '') ? 1 : 0;
}
