/**
 * Posts written right after a unit's name (办事处主任丁某, 县委副书记): the unit then only
 * qualifies a person, who is the one acting. Relations (RUNS) and events (ORGANIZED) ask it.
 */
export const POST_AFTER_UNIT =
  /^(?:副|书记|主任|局长|部长|负责人|所长|站长|队长|主席|委员|干部|同志|处长|科长|校长|院长|经理|董事长|县长|市长|镇长|乡长|区长|常委)/u;

/**
 * Posts and roles that stand right before a person's name: officials' posts, and the
 * words a story introduces other people with (居民某某, 脱贫户某某, 联村干部某某). The person
 * reader takes a name after them; the post reader (personPosts.ts) keeps them as the post.
 */
export const PERSON_POSTS: readonly string[] = (
  '常委|常务副主任|常务副市长|常务副县长|常务副区长|宣传部长|组织部长|统战部长|副书记|书记|副主任|主任|副局长|局长|副镇长|镇长|副乡长|乡长|副县长|县长|副市长|市长|副区长|区长|村长|副部长|部长|副主席|主席|副院长|院长|' +
  '副校长|校长|所长|站长|队长|总经理|经理|董事长|工作人员|负责人|委员|干事|民警|社工|医生|老师|教授|主持人|专干|网格员|指导员|志愿者|组长|会长|理事长|秘书长|馆长|处长|科长|' +
  '股长|主任委员|总监|主管|厂长|行长|监督员|调解员|讲解员|宣讲员|信息员|联络员|居民|村民|市民|业主|老党员|人大代表|政协委员|代表|脱贫户|困难户|低保户|贫困户|农户|种植户|养殖户|' +
  '果农|菜农|园主|果园主|学生|同学|小朋友|家长|老人|大爷|大妈|阿姨|选手|游客|店主|摊主|商户|司机|骑手|退役军人|老兵|联村干部|包村干部|第一书记|创始人|带头人|致富带头人|非遗传承人|' +
  '传承人|志愿者代表|队员|社员|能人|员工|职工|教师|护士|村医|党员|副巡视员|巡视员|调研员|总工程师|工程师|技术员|宣讲师|讲师|农民|师傅|副社长|社长|副总编辑|总编辑|总编|主编|' +
  '副台长|台长|市领导|县领导|区领导|镇领导|领导|农艺师|农技员|村嫂|老板|店长|网格长|楼长|保洁员|快递员|厨师|技师|护士长|医师|主治医师|科主任'
).split('|');
