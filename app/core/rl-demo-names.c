/* rl-demo-names.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for the demo: Chinese name tables and draws of names no other record has.
 */

#include "rl-config.h"

#include "rl-demo-private.h"

/* Wuhan's districts; a street or district ledger lies in the first. */
const District _rl_demo_districts[] = {
  { "东西湖区", "420112" }, { "江岸区", "420102" }, { "江汉区", "420103" },
  { "硚口区", "420104" }, { "汉阳区", "420105" }, { "武昌区", "420106" },
  { "青山区", "420107" }, { "洪山区", "420111" }, { "汉南区", "420113" },
  { "蔡甸区", "420114" }, { "江夏区", "420115" }, { "黄陂区", "420116" },
  { "新洲区", "420117" },
};
const guint _rl_demo_n_districts = G_N_ELEMENTS (_rl_demo_districts);

/* Most common first: names are drawn with a bias to the front. */
static const char *const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
  "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
  "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",
  "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范",
  "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛",
  "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "易",
};
static const char *const given_names[] = {
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
  "明", "超", "兰", "霞", "平", "刚", "桂", "英", "华", "建", "国", "志", "红", "文", "斌",
  "波", "辉", "鹏", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "玲", "萍", "燕", "琴",
  "云", "莉", "倩", "婷", "雪", "慧", "颖", "晶", "欣", "佳", "琳", "梅", "晨", "阳", "林",
  "海", "峰", "鑫", "亮", "成", "飞", "龙", "新", "春", "秋", "清", "德", "荣", "玉", "珍",
};
/* Place names are a head and a tail: 径 + 河, 吴家 + 山, 金银 + 湖. */
static const char *const place_heads[] = {
  "径", "吴家", "金银", "将军", "走马", "慈", "辛安", "柏", "长", "新", "东", "石", "三店",
  "常青", "古田", "万松", "花桥", "唐家", "白沙", "南", "关", "和平", "徐家", "青", "红",
  "余家", "杨", "中北", "紫阳", "积玉", "后", "丹水", "琴断", "晴川", "鹦鹉", "龙阳", "马池",
  "惠安", "田园", "舵落", "七雄", "五环", "张公", "黄狮", "汉西", "宝丰", "荣华", "惠济",
  "童家", "沙",
};
static const char *const place_tails[] = {
  "河", "山", "湖", "岭", "桥", "口", "湾", "港", "岗", "洲", "园", "墩", "店", "坡", "渡",
  "堤", "台", "林", "溪", "矶",
};
static const char *const road_kinds[] = {
  "路", "大道", "街", "一路", "二路", "北路", "南路", "中路",
};
static const char *const brand_heads[] = {
  "金", "银", "碧", "锦", "翠", "华", "嘉", "御", "盛", "恒", "润", "龙", "凤", "海", "江",
  "星", "月", "阳", "春", "东", "西", "南", "中", "新", "天", "福", "泰", "康", "安", "和",
  "美", "祥", "瑞", "宏", "鑫", "万", "百", "紫", "青", "蓝", "绿", "玉", "雅", "兰", "桂",
  "楚", "汉", "荆", "长", "德",
};
static const char *const brand_tails[] = {
  "桥", "湾", "城", "园", "庭", "都", "府", "江", "湖", "山", "水", "岸", "景", "港", "谷",
  "林", "峰", "域", "邸", "阁", "轩", "居", "地", "海", "洲", "源", "泉", "苑", "坊", "台",
};
static const char *const firm_tails[] = {
  "达", "信", "诚", "通", "联", "凯", "越", "博", "腾", "创", "辉", "源", "泰", "丰", "盛",
  "宇", "鸿", "德", "华", "光", "邦", "嘉", "航", "远", "佳", "悦", "汇", "正", "方", "和",
  "顺", "益", "利", "捷", "卓", "晟", "煜", "骏", "安", "居",
};
static const char *const commodity_kinds[] = {
  "花园", "花园", "家园", "苑", "公寓", "小区", "华府", "名都", "城",
};
static const char *const old_kinds[] = { "小区", "新村", "小区", "宿舍区" };
static const char *const resettlement_kinds[] = {
  "还建小区", "安置小区", "还建新村", "还建新城", "安居小区",
};
static const char *const work_units[] = {
  "机械厂", "纺织厂", "食品厂", "粮食局", "供电局", "第二中学", "人民医院", "农机站",
  "水泥厂", "汽配厂", "邮电局", "棉纺厂",
};
static const char *const work_unit_kinds[] = { "宿舍", "家属区", "职工宿舍", "家属院" };
static const char *const village_kinds[] = {
  "家湾", "家墩", "家台", "家咀", "家岗", "家嘴", "家庄", "家坡",
};
static const char *const other_kinds[] = { "商住楼", "综合楼", "小区", "公寓楼" };
static const char *const phases[] = {
  "二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期",
};

static void
draw_person (Demo    *self,
             GString *out)
{
  g_string_append (out, surnames[_rl_demo_pick_front (self, G_N_ELEMENTS (surnames), 1.6)]);
  g_string_append (out, ONE_OF (self, given_names));
  if (_rl_demo_chance (self, 0.6))
    g_string_append (out, ONE_OF (self, given_names));
}

const char *
_rl_demo_person (Demo *self)
{
  g_string_truncate (self->text, 0);
  draw_person (self, self->text);
  return self->text->str;
}

void
_rl_demo_draw_place (Demo    *self,
                     GString *out)
{
  g_string_append (out, ONE_OF (self, place_heads));
  g_string_append (out, ONE_OF (self, place_tails));
}

/* A road, for an address: 吴家 + 二路. */
void
_rl_demo_draw_road (Demo    *self,
                    GString *out)
{
  g_string_append (out, ONE_OF (self, place_heads));
  g_string_append (out, ONE_OF (self, road_kinds));
}

void
_rl_demo_draw_firm_brand (Demo    *self,
                          GString *out)
{
  g_string_append (out, ONE_OF (self, brand_heads));
  g_string_append (out, ONE_OF (self, firm_tails));
}

static void
draw_compound (Demo    *self,
               guint    kind,
               GString *out)
{
  switch (kind)
    {
    case KIND_COMMODITY:
      g_string_append (out, ONE_OF (self, brand_heads));
      g_string_append (out, ONE_OF (self, brand_tails));
      g_string_append (out, ONE_OF (self, commodity_kinds));
      break;
    case KIND_OLD:
      /* Old estates are often named for their road: 吴家山二路小区. */
      _rl_demo_draw_place (self, out);
      if (_rl_demo_chance (self, 0.6))
        g_string_append (out, ONE_OF (self, road_kinds));
      g_string_append (out, ONE_OF (self, old_kinds));
      break;
    case KIND_RESETTLEMENT:
      _rl_demo_draw_place (self, out);
      g_string_append (out, ONE_OF (self, resettlement_kinds));
      break;
    case KIND_WORK_UNIT:
      g_string_append (out, ONE_OF (self, place_heads));
      g_string_append (out, ONE_OF (self, work_units));
      g_string_append (out, ONE_OF (self, work_unit_kinds));
      break;
    case KIND_VILLAGE:
      if (_rl_demo_chance (self, 0.5))
        {
          g_string_append (out, ONE_OF (self, surnames));
          g_string_append (out, ONE_OF (self, village_kinds));
        }
      else
        {
          _rl_demo_draw_place (self, out);
          g_string_append (out, "村");
        }
      break;
    case KIND_OTHER:
    default:
      _rl_demo_draw_place (self, out);
      g_string_append (out, ONE_OF (self, other_kinds));
      break;
    }
}

/* A name no other record has: drawn again while it clashes, and once the
 * likely names run out, made longer (a second brand, a phase 二期…). */
char *
_rl_demo_unique_name (Demo       *self,
                      const char *prefix,
                      guint       kind,
                      void      (*draw) (Demo *, GString *),
                      const char *suffix)
{
  GString *out = self->text;

  for (guint attempt = 0; ; attempt++)
    {
      g_string_assign (out, prefix);
      if (draw != NULL)
        draw (self, out);
      else
        draw_compound (self, kind, out);
      if (attempt >= 20 && draw != NULL)
        draw (self, out);
      if (attempt >= 20 && draw == NULL)
        g_string_append (out, phases[MIN (attempt - 20, G_N_ELEMENTS (phases) - 1)]);
      if (attempt >= 40)
        g_string_append_printf (out, "%u", attempt);
      g_string_append (out, suffix);
      if (!g_hash_table_contains (self->names, out->str))
        break;
    }

  g_hash_table_add (self->names, g_strdup (out->str));
  return g_strdup (out->str);
}
