/**
 * Posts written right after a unit's name (办事处主任丁某, 县委副书记): the unit then only
 * qualifies a person, who is the one acting. Relations (RUNS) and events (ORGANIZED) ask it.
 */
export const POST_AFTER_UNIT =
  /^(?:副|书记|主任|局长|部长|负责人|所长|站长|队长|主席|委员|干部|同志|处长|科长|校长|院长|经理|董事长|县长|市长|镇长|乡长|区长|常委)/u;
