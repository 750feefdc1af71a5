/* rl-demo.c
 *
 * Copyright 2026 The Red Ledger authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A made-up but plausible ledger, for trying the program and for
 * benchmarks. Every record is built as JSON and goes through the import
 * checks (rl_check_record), so the demo can never hold what a package could
 * not; everything is one transaction. Who serves and governs which compound
 * is planned first, so each collection only names records written before it.
 * The first few compounds, firms and committees are given fixed profiles so
 * that even the smallest ledger has every case the figures must handle.
 */

#include "rl-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rl-check.h"
#include "rl-credit-code.h"
#include "rl-demo.h"

#define CHECK_EVERY          4096  /* records between looks at the cancellable */
#define ORDERS_PER_COMPOUND  50
#define ANSWERS_PER_COMPOUND 25
#define MINUTES_PER_DAY      1440

typedef struct
{
  const char *name;
  guint       n_streets;
  guint       min_communities;     /* per street */
  guint       max_communities;
  guint       n_compounds;
} SizeSpec;

static const SizeSpec sizes[] = {
  [RL_DEMO_STREET] = { "street", 1, 4, 4, 60 },
  [RL_DEMO_DISTRICT] = { "district", 12, 6, 10, 1500 },
  [RL_DEMO_CITY] = { "city", 60, 8, 12, 20000 },
};

/* Wuhan's districts; a street or district ledger lies in the first. */
static const struct
{
  const char *name;
  const char *code;
} districts[] = {
  { "东西湖区", "420112" }, { "江岸区", "420102" }, { "江汉区", "420103" },
  { "硚口区", "420104" }, { "汉阳区", "420105" }, { "武昌区", "420106" },
  { "青山区", "420107" }, { "洪山区", "420111" }, { "汉南区", "420113" },
  { "蔡甸区", "420114" }, { "江夏区", "420115" }, { "黄陂区", "420116" },
  { "新洲区", "420117" },
};

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
static const char *const numerals[] = {
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
};

static const char *const compound_kinds[] = {
  "commodity", "old", "resettlement", "work_unit", "village", "other",
};
static const char *const classes[] = { "A", "B", "C" };
static const char *const channels[] = { "hotline_12345", "phone", "walk_in", "online", "grid" };
static const guint channel_weights[] = { 35, 25, 10, 15, 15 };
static const char *const categories[] = { "repair", "complaint", "dispute", "inquiry" };
static const char *const severities[] = { "normal", "major", "complex" };
static const guint severity_weights[] = { 80, 15, 5 };
static const char *const safety_notes[] = {
  "电梯困人致一名居民受伤，项目部未及时处置",
  "消防通道长期堵塞，发生电动车起火",
  "地下车库积水致车辆受损，应急预案未启动",
};
static const char *const illegal_notes[] = {
  "擅自挪用公共收益，被区住建局立案查处",
  "违规收取停车费，经查属实",
  "未经业主大会同意擅自提高物业费标准",
};
static const char *const abandonment_note = "合同期内擅自撤场，小区一度无人管理";
static const char *const low_score_note = "检查发现问题较多，已下发整改通知书，限期整改";

enum { KIND_COMMODITY, KIND_OLD, KIND_RESETTLEMENT, KIND_WORK_UNIT, KIND_VILLAGE, KIND_OTHER };
enum { CLASS_A, CLASS_B, CLASS_C };

/* How a compound is run. */
typedef enum
{
  SERVED,        /* one firm, since some years */
  REPLACED,      /* a firm's contract ended and another took over */
  ABANDONED,     /* the firm left and nobody took over (弃管) */
  SELF_MANAGED,  /* a property-rights unit or the residents run it */
  UNSERVED,      /* nobody */
} Serving;

typedef struct
{
  guint8   kind;
  guint8   klass;
  gboolean empty;      /* no households (yet) */
  Serving  serving;
  gboolean committee;
} Profile;

/* The cases the rates and the scorecard must handle, in every ledger. */
static const Profile forced_profiles[] = {
  { KIND_COMMODITY, CLASS_A, FALSE, REPLACED, TRUE },
  { KIND_OLD, CLASS_C, FALSE, UNSERVED, TRUE },
  { KIND_RESETTLEMENT, CLASS_B, FALSE, SELF_MANAGED, TRUE },
  { KIND_WORK_UNIT, CLASS_C, FALSE, SELF_MANAGED, FALSE },
  { KIND_VILLAGE, CLASS_C, FALSE, UNSERVED, FALSE },
  { KIND_OTHER, CLASS_B, TRUE, SERVED, FALSE },
  { KIND_COMMODITY, CLASS_B, FALSE, ABANDONED, TRUE },
};

/* Firm 1 has Party members but no organization (应建未建); firms 2 and 3
 * have one or two, so they share the first joint branch. */
#define GAP_FIRM 1

typedef struct
{
  char  *name;
  guint  district;
  guint  number;               /* within its district, for the admin code */
} Street;

typedef struct
{
  char  *name;
  guint  street;
  guint  number;               /* within its street */
  guint  first_compound;
  guint  n_compounds;
} Community;

typedef struct
{
  char     *name;
  guint     community;
  Profile   profile;
  guint     households;
  double    quality;           /* 0–1: drives answers, response times, inspections */
  guint32   red_since;         /* julian day, 0 for none */
  guint     first_service;     /* its services are consecutive, oldest first */
  guint     n_services;
  guint     n_orders;
  guint     n_answers;
} Compound;

typedef struct
{
  char     *name;
  guint     home_street;       /* of the first compound it serves */
  gboolean  has_home;
  gint      staff;             /* -1: no figure */
  gint      party_members;
  gboolean  covered;
} Firm;

typedef struct
{
  guint     firm;
  guint     compound;
  guint32   start;
  guint32   end;               /* 0: still serving */
  gint      staff;
  gint      party_members;
  gboolean  abandoned;
  gboolean  covered;
} Service;

typedef struct
{
  guint     compound;
  gboolean  management;
  guint32   formed;
  guint32   term_end;
  guint32   dissolved;         /* 0: active */
  gboolean  covered;
} Committee;

typedef struct
{
  RlStore        *store;
  GCancellable   *cancellable;
  GRand          *rand;
  const SizeSpec *spec;
  RlDemoSize      size;

  gint64          change_set;
  GPtrArray      *problems;
  RlCollectionId  collection;  /* being written */
  guint           index;       /* of the next record in it: also its id number */
  guint64         n_records;

  GHashTable     *names;       /* every name given, to keep them apart */
  GString        *text;        /* scratch for names */
  guint32         first_day;   /* the evidence (answers, orders) spans these */
  guint32         last_day;

  GArray         *streets;
  GArray         *communities;
  GArray         *compounds;
  GArray         *firms;
  GArray         *services;
  GArray         *committees;
} Demo;

#define STREET(self, i)    (&g_array_index ((self)->streets, Street, (i)))
#define COMMUNITY(self, i) (&g_array_index ((self)->communities, Community, (i)))
#define COMPOUND(self, i)  (&g_array_index ((self)->compounds, Compound, (i)))
#define FIRM(self, i)      (&g_array_index ((self)->firms, Firm, (i)))
#define SERVICE(self, i)   (&g_array_index ((self)->services, Service, (i)))
#define COMMITTEE(self, i) (&g_array_index ((self)->committees, Committee, (i)))

/* Random draws: GRand only, so a seed gives the same ledger everywhere. */

static guint
pick (Demo  *self,
      guint  n)
{
  return g_rand_int_range (self->rand, 0, (gint32) n);
}

static guint
between (Demo  *self,
         guint  lo,
         guint  hi)
{
  return g_rand_int_range (self->rand, (gint32) lo, (gint32) hi + 1);
}

static gboolean
chance (Demo   *self,
        double  p)
{
  return g_rand_double (self->rand) < p;
}

static guint
pick_weighted (Demo        *self,
               const guint *weights,
               guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = pick (self, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

/* Index into a list, more often near its front. */
static guint
pick_front (Demo   *self,
            guint   n,
            double  bias)
{
  guint i = (guint) (n * pow (g_rand_double (self->rand), bias));

  return MIN (i, n - 1);
}

#define ONE_OF(self, list) ((list)[pick ((self), G_N_ELEMENTS (list))])
#define WEIGHTED(self, w) pick_weighted ((self), (w), G_N_ELEMENTS (w))

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static guint32
add_years (guint32 day,
           guint   years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_add_years (&date, years);
  return g_date_get_julian (&date);
}

static guint32
day_between (Demo    *self,
             guint32  first,
             guint32  last)
{
  return first >= last ? first : between (self, first, last);
}

/* Splits @total over @n shares in proportion to @weights, exactly. */
static void
split (const double *weights,
       guint         n,
       guint64       total,
       guint        *out)
{
  double sum = 0, cum = 0;
  guint64 given = 0;

  for (guint i = 0; i < n; i++)
    sum += weights[i];
  for (guint i = 0; i < n; i++)
    {
      guint64 upto;

      cum += weights[i];
      upto = i + 1 == n || sum <= 0 ? (sum > 0 ? total : 0) : (guint64) llround (total * cum / sum);
      upto = MAX (upto, given);
      out[i] = (guint) (upto - given);
      given = upto;
    }
}

/* Names */

static void
draw_person (Demo    *self,
             GString *out)
{
  g_string_append (out, surnames[pick_front (self, G_N_ELEMENTS (surnames), 1.6)]);
  g_string_append (out, ONE_OF (self, given_names));
  if (chance (self, 0.6))
    g_string_append (out, ONE_OF (self, given_names));
}

static const char *
person (Demo *self)
{
  g_string_truncate (self->text, 0);
  draw_person (self, self->text);
  return self->text->str;
}

static void
draw_place (Demo    *self,
            GString *out)
{
  g_string_append (out, ONE_OF (self, place_heads));
  g_string_append (out, ONE_OF (self, place_tails));
}

static void
draw_firm_brand (Demo    *self,
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
      draw_place (self, out);
      if (chance (self, 0.6))
        g_string_append (out, ONE_OF (self, road_kinds));
      g_string_append (out, ONE_OF (self, old_kinds));
      break;
    case KIND_RESETTLEMENT:
      draw_place (self, out);
      g_string_append (out, ONE_OF (self, resettlement_kinds));
      break;
    case KIND_WORK_UNIT:
      g_string_append (out, ONE_OF (self, place_heads));
      g_string_append (out, ONE_OF (self, work_units));
      g_string_append (out, ONE_OF (self, work_unit_kinds));
      break;
    case KIND_VILLAGE:
      if (chance (self, 0.5))
        {
          g_string_append (out, ONE_OF (self, surnames));
          g_string_append (out, ONE_OF (self, village_kinds));
        }
      else
        {
          draw_place (self, out);
          g_string_append (out, "村");
        }
      break;
    case KIND_OTHER:
    default:
      draw_place (self, out);
      g_string_append (out, ONE_OF (self, other_kinds));
      break;
    }
}

/* A name no other record has: drawn again while it clashes, and once the
 * likely names run out, made longer (a second brand, a phase 二期…). */
static char *
unique_name (Demo       *self,
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

/* Writing records */

static const struct
{
  const char *prefix;
  int         width;
} id_formats[RL_N_COLLECTIONS] = {
  { "st", 6 }, { "comm", 6 }, { "comp", 6 }, { "firm", 6 }, { "svc", 6 }, { "oc", 6 },
  { "po", 6 }, { "ins", 6 }, { "sr", 7 }, { "wo", 7 }, { "insp", 6 },
};

static void
format_id (char           *buf,
           gsize           size,
           RlCollectionId  collection,
           guint           index)
{
  g_snprintf (buf, size, "%s-%0*u", id_formats[collection].prefix,
              id_formats[collection].width, index + 1);
}

static void
set_ref (JsonObject     *record,
         const char     *member,
         RlCollectionId  collection,
         guint           index)
{
  char buf[32];

  format_id (buf, sizeof buf, collection, index);
  json_object_set_string_member (record, member, buf);
}

static void
add_link (JsonArray      *links,
          const char     *kind,
          RlCollectionId  collection,
          guint           index)
{
  JsonObject *link = json_object_new ();

  set_ref (link, kind, collection, index);
  json_array_add_object_element (links, link);
}

static void
format_day (char    *buf,
            gsize    size,
            guint32  day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (buf, size, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
}

/* Absent optional members are written as null, which the checks take as
 * absent; it lets one JsonObject serve a whole collection. */
static void
set_date (JsonObject *record,
          const char *member,
          guint32     day)
{
  char buf[16];

  if (day == 0)
    {
      json_object_set_null_member (record, member);
      return;
    }
  format_day (buf, sizeof buf, day);
  json_object_set_string_member (record, member, buf);
}

/* @minutes counts from the start of julian day 0, China time. */
static void
set_time (JsonObject *record,
          const char *member,
          gint64      minutes)
{
  char day[16], buf[40];
  int m;

  if (minutes < 0)
    {
      json_object_set_null_member (record, member);
      return;
    }
  format_day (day, sizeof day, (guint32) (minutes / MINUTES_PER_DAY));
  m = (int) (minutes % MINUTES_PER_DAY);
  g_snprintf (buf, sizeof buf, "%sT%02d:%02d:00+08:00", day, m / 60, m % 60);
  json_object_set_string_member (record, member, buf);
}

static void
set_count (JsonObject *record,
           const char *member,
           gint        value)
{
  if (value < 0)
    json_object_set_null_member (record, member);
  else
    json_object_set_int_member (record, member, value);
}

static void
begin_collection (Demo           *self,
                  RlCollectionId  collection)
{
  self->collection = collection;
  self->index = 0;
}

/* Checks and writes one record; a record the checks refuse is a bug here. */
static gboolean
put (Demo        *self,
     JsonObject  *record,
     GError     **error)
{
  RlRow row;
  RlPutResult result;
  gboolean ok;

  set_ref (record, "id", self->collection, self->index);
  g_ptr_array_set_size (self->problems, 0);
  if (!rl_check_record (rl_collection_get (self->collection), record, self->index, &row,
                        self->problems))
    {
      const RlProblem *problem = NULL;
      g_autofree char *what = NULL;

      for (guint i = 0; i < self->problems->len && problem == NULL; i++)
        if (!((RlProblem *) g_ptr_array_index (self->problems, i))->warning)
          problem = g_ptr_array_index (self->problems, i);
      what = problem ? rl_problem_describe (problem) : g_strdup ("?");
      rl_row_clear (&row);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The demo generator made a record the checks refuse (a bug): %s"), what);
      return FALSE;
    }

  ok = rl_store_put_row (self->store, self->change_set, &row, &result, error);
  rl_row_clear (&row);
  if (!ok)
    return FALSE;

  self->index++;
  self->n_records++;
  if (self->n_records % CHECK_EVERY == 0
      && g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  return TRUE;
}

/* Planning: who serves and governs what, before anything is written */

static void
plan_places (Demo *self)
{
  guint n_districts = self->size == RL_DEMO_CITY ? G_N_ELEMENTS (districts) : 1;
  g_autofree double *weights = NULL;
  g_autofree guint *counts = NULL;
  guint n, next = 0;

  for (guint s = 0; s < self->spec->n_streets; s++)
    {
      Street street = { NULL, s % n_districts, s / n_districts + 1 };
      guint n_communities = between (self, self->spec->min_communities,
                                     self->spec->max_communities);

      street.name = unique_name (self, "", 0, draw_place, "街道");
      g_array_append_val (self->streets, street);
      for (guint k = 0; k < n_communities; k++)
        {
          Community community = { NULL, s, k + 1, 0, 0 };

          community.name = unique_name (self, "", 0, draw_place, "社区");
          g_array_append_val (self->communities, community);
        }
    }

  /* Uneven communities, but none empty. */
  n = self->communities->len;
  weights = g_new (double, n);
  counts = g_new (guint, n);
  for (guint k = 0; k < n; k++)
    weights[k] = 0.5 + g_rand_double (self->rand);
  split (weights, n, self->spec->n_compounds - n, counts);
  for (guint k = 0; k < n; k++)
    {
      COMMUNITY (self, k)->first_compound = next;
      COMMUNITY (self, k)->n_compounds = counts[k] + 1;
      next += counts[k] + 1;
    }
}

static Profile
random_profile (Demo *self)
{
  static const guint kind_weights[] = { 50, 25, 10, 7, 5, 3 };
  static const guint class_weights[][3] = {
    { 40, 45, 15 }, { 5, 35, 60 }, { 10, 50, 40 }, { 0, 30, 70 }, { 0, 10, 90 }, { 10, 40, 50 },
  };
  static const double self_managed_p[] = { 0.02, 0.08, 0.02, 0.35, 0.25, 0.05 };
  static const double unserved_p[] = { 0.02, 0.08, 0.03, 0.05, 0.30, 0.15 };
  static const double no_committee_p[] = { 0.12, 0.30, 0.20, 0.40, 0.60, 0.40 };
  Profile profile = { 0, };
  double u;

  profile.kind = WEIGHTED (self, kind_weights);
  profile.klass = pick_weighted (self, class_weights[profile.kind], 3);
  profile.empty = chance (self, 0.02);
  u = g_rand_double (self->rand);
  if ((u -= self_managed_p[profile.kind]) < 0)
    profile.serving = SELF_MANAGED;
  else if ((u -= unserved_p[profile.kind]) < 0)
    profile.serving = UNSERVED;
  else if ((u -= 0.08) < 0)
    profile.serving = REPLACED;
  else if ((u -= 0.015) < 0)
    profile.serving = ABANDONED;
  else
    profile.serving = SERVED;
  profile.committee = !chance (self, no_committee_p[profile.kind]);
  return profile;
}

static void
plan_compounds (Demo *self)
{
  static const guint household_range[][2] = {
    { 300, 3000 }, { 80, 800 }, { 400, 2500 }, { 50, 400 }, { 30, 300 }, { 20, 500 },
  };
  guint32 red_first = julian (2020, 1, 1);

  for (guint k = 0; k < self->communities->len; k++)
    {
      const Community *community = COMMUNITY (self, k);

      for (guint i = 0; i < community->n_compounds; i++)
        {
          guint c = self->compounds->len;
          Compound compound = { NULL, k, };
          double u = g_rand_double (self->rand);

          compound.profile = c < G_N_ELEMENTS (forced_profiles) ? forced_profiles[c]
                                                                : random_profile (self);
          compound.name = unique_name (self, "", compound.profile.kind, NULL, "");
          compound.households = compound.profile.empty
                                ? 0 : between (self, household_range[compound.profile.kind][0],
                                               household_range[compound.profile.kind][1]);
          compound.quality = 1.0 - 0.9 * u * u;
          if (compound.profile.kind == KIND_OLD || compound.profile.kind == KIND_VILLAGE)
            compound.quality *= 0.85;
          if (compound.profile.klass != CLASS_C && (c == 0 || chance (self, 0.75)))
            compound.red_since = day_between (self, red_first, self->last_day);
          g_array_append_val (self->compounds, compound);
        }
    }
}

static guint
draw_firm (Demo *self)
{
  return pick_front (self, self->firms->len, 1.5);
}

static void
add_service (Demo    *self,
             guint    c,
             guint    firm,
             guint32  start,
             guint32  end)
{
  Compound *compound = COMPOUND (self, c);
  Firm *owner = FIRM (self, firm);
  Service service = { firm, c, start, end, -1, -1, FALSE, FALSE };

  if (compound->n_services == 0)
    compound->first_service = self->services->len;
  compound->n_services++;

  if (!chance (self, 0.02))
    {
      double ratio = chance (self, 0.35) ? 0.30 + 0.2 * g_rand_double (self->rand)
                                         : 0.25 * g_rand_double (self->rand);

      service.staff = compound->households / 60 + between (self, 3, 8);
      service.party_members = (gint) (service.staff * ratio);
    }
  if (!owner->has_home)
    {
      owner->has_home = TRUE;
      owner->home_street = COMMUNITY (self, compound->community)->street;
    }
  if (service.staff > 0 && owner->staff >= 0)
    owner->staff += service.staff;
  g_array_append_val (self->services, service);
}

static void
plan_firms_and_services (Demo *self)
{
  guint n_firms = MAX (8, self->spec->n_compounds / 12);
  guint32 start_first = julian (2010, 1, 1), start_last = julian (2025, 6, 30);
  guint32 change_first = julian (2019, 1, 1), leave_first = julian (2025, 3, 1);
  guint32 change_last = julian (2026, 6, 30);

  for (guint f = 0; f < n_firms; f++)
    {
      Firm firm = { NULL, 0, FALSE, f < 4 || !chance (self, 0.03) ? 5 : -1, -1, FALSE };

      firm.name = unique_name (self, "武汉", 0, draw_firm_brand, "物业服务有限公司");
      g_array_append_val (self->firms, firm);
    }

  for (guint c = 0; c < self->compounds->len; c++)
    {
      guint firm = draw_firm (self), other;
      guint32 change;

      switch (COMPOUND (self, c)->profile.serving)
        {
        case SERVED:
          add_service (self, c, firm, day_between (self, start_first, start_last), 0);
          break;
        case REPLACED:
          change = day_between (self, change_first, change_last);
          other = draw_firm (self);
          if (other == firm)
            other = (firm + 1 + pick (self, n_firms - 1)) % n_firms;
          add_service (self, c, firm, change - 365 * between (self, 3, 10), change);
          add_service (self, c, other, change, 0);
          break;
        case ABANDONED:
          change = day_between (self, leave_first, change_last);
          add_service (self, c, firm, change - 365 * between (self, 2, 8), change);
          SERVICE (self, self->services->len - 1)->abandoned = TRUE;
          break;
        case SELF_MANAGED:
        case UNSERVED:
        default:
          break;
        }
    }

  /* Party members as a share of staff; the fixed firms make the cases. */
  for (guint f = 0; f < n_firms; f++)
    {
      Firm *firm = FIRM (self, f);

      if (firm->staff < 0)
        continue;
      firm->staff += between (self, 0, 30);
      firm->party_members = (gint) (firm->staff * (0.02 + 0.10 * g_rand_double (self->rand)));
      if (f == GAP_FIRM)
        firm->party_members = MAX (firm->party_members, 3);
      else if (f == 2 || f == 3)
        firm->party_members = f - 1;
      else if (chance (self, 0.3))
        firm->party_members = pick (self, 3);  /* too few for a branch of its own */
    }
}

static void
add_committee (Demo      *self,
               Committee *committee)
{
  committee->term_end = add_years (committee->formed, committee->management ? 2 : 5);
  g_array_append_val (self->committees, *committee);
}

static void
plan_committees (Demo *self)
{
  guint32 old_first = julian (2016, 1, 1), old_last = julian (2021, 6, 30);
  guint32 recent_first = julian (2021, 10, 1), managed_first = julian (2024, 7, 1);
  guint32 formed_last = julian (2026, 6, 30);

  guint k = 0;

  for (guint c = 0; c < self->compounds->len; c++)
    {
      const Compound *compound = COMPOUND (self, c);
      Committee committee = { c, };
      gboolean overdue, dissolved;

      if (!compound->profile.committee)
        continue;
      k++;

      /* The first compound's interim 物管会 gave way to an elected 业委会;
       * the second's committee has outlived its term (换届 overdue). */
      committee.management = k == 1 || chance (self, 0.08)
                             || (compound->profile.kind != KIND_COMMODITY && chance (self, 0.35));
      overdue = k == 2 || (k > 2 && chance (self, 0.10));
      dissolved = k == 1 || (k > 2 && chance (self, 0.06));
      if (overdue)
        committee.management = FALSE;
      if (overdue)
        committee.formed = day_between (self, old_first, old_last);
      else if (committee.management)
        committee.formed = day_between (self, managed_first, formed_last);
      else
        committee.formed = day_between (self, recent_first, formed_last);
      if (dissolved)
        committee.dissolved = day_between (self, committee.formed + 30, self->last_day);
      add_committee (self, &committee);

      if (dissolved && (k == 1 || chance (self, 0.7)))
        {
          Committee successor = { c, FALSE, };

          successor.formed = committee.dissolved + between (self, 0, 60);
          successor.formed = MIN (successor.formed, self->last_day);
          add_committee (self, &successor);
        }
    }
}

/* The figures follow households: more orders where more people live, and
 * relatively more where the compound is run badly. */
static void
plan_evidence (Demo *self)
{
  guint n = self->compounds->len;
  g_autofree double *weights = g_new (double, n);
  g_autofree guint *counts = g_new (guint, n);

  for (guint c = 0; c < n; c++)
    {
      const Compound *compound = COMPOUND (self, c);

      weights[c] = sqrt (compound->households) * (1.5 - compound->quality);
    }
  split (weights, n, (guint64) ORDERS_PER_COMPOUND * n, counts);
  for (guint c = 0; c < n; c++)
    COMPOUND (self, c)->n_orders = counts[c];

  /* A few compounds have no survey at all. */
  for (guint c = 0; c < n; c++)
    weights[c] = c == 4 || chance (self, 0.03) ? 0 : sqrt (COMPOUND (self, c)->households);
  split (weights, n, (guint64) ANSWERS_PER_COMPOUND * n, counts);
  for (guint c = 0; c < n; c++)
    COMPOUND (self, c)->n_answers = counts[c];
}

/* Streets, communities, compounds, firms, services, committees */

static gboolean
write_places (Demo    *self,
              GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  char code[32];

  begin_collection (self, RL_COLLECTION_STREETS);
  for (guint s = 0; s < self->streets->len; s++)
    {
      const Street *street = STREET (self, s);

      json_object_set_string_member (record, "name", street->name);
      g_snprintf (code, sizeof code, "%s%03u", districts[street->district].code, street->number);
      json_object_set_string_member (record, "code", code);
      if (!put (self, record, error))
        return FALSE;
    }

  begin_collection (self, RL_COLLECTION_COMMUNITIES);
  for (guint k = 0; k < self->communities->len; k++)
    {
      const Community *community = COMMUNITY (self, k);
      const Street *street = STREET (self, community->street);

      set_ref (record, "street_id", RL_COLLECTION_STREETS, community->street);
      json_object_set_string_member (record, "name", community->name);
      g_snprintf (code, sizeof code, "%s%03u%03u", districts[street->district].code,
                  street->number, community->number);
      json_object_set_string_member (record, "code", code);
      if (!put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_compounds (Demo    *self,
                 GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  GString *address = g_string_new (NULL);
  gboolean ok = TRUE;

  begin_collection (self, RL_COLLECTION_COMPOUNDS);
  for (guint c = 0; c < self->compounds->len && ok; c++)
    {
      const Compound *compound = COMPOUND (self, c);
      const Community *community = COMMUNITY (self, compound->community);
      const Street *street = STREET (self, community->street);
      double area;

      set_ref (record, "community_id", RL_COLLECTION_COMMUNITIES, compound->community);
      json_object_set_string_member (record, "name", compound->name);
      json_object_set_string_member (record, "kind", compound_kinds[compound->profile.kind]);

      g_string_assign (address, districts[street->district].name);
      g_string_append (address, ONE_OF (self, place_heads));
      g_string_append (address, ONE_OF (self, road_kinds));
      g_string_append_printf (address, "%u号", between (self, 1, 999));
      json_object_set_string_member (record, "address", address->str);

      json_object_set_string_member (record, "class", classes[compound->profile.klass]);
      json_object_set_int_member (record, "households", compound->households);
      /* An empty compound is a new estate not yet handed over: built, not lived in. */
      if (compound->households > 0)
        area = compound->households * (60 + 80 * g_rand_double (self->rand));
      else
        area = 20000 + 60000 * g_rand_double (self->rand);
      json_object_set_double_member (record, "floor_area_m2", round (area * 10) / 10);
      json_object_set_boolean_member (record, "self_managed",
                                      compound->profile.serving == SELF_MANAGED);
      set_date (record, "red_property_since", compound->red_since);
      ok = put (self, record, error);
    }

  g_string_free (address, TRUE);
  return ok;
}

static void
set_phone (Demo       *self,
           JsonObject *record)
{
  char phone[16];

  g_snprintf (phone, sizeof phone, "027-8%07u", pick (self, 10000000));
  json_object_set_string_member (record, "phone", phone);
}

static gboolean
write_firms (Demo    *self,
             GError **error)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  g_autoptr(JsonObject) record = json_object_new ();
  char code[19] = "9142011";

  begin_collection (self, RL_COLLECTION_FIRMS);
  for (guint f = 0; f < self->firms->len; f++)
    {
      const Firm *firm = FIRM (self, f);

      json_object_set_string_member (record, "name", firm->name);
      /* 91 (enterprise) 420112 (a Wuhan district), then random; GB 32100-2015. */
      for (guint i = 7; i < 17; i++)
        code[i] = alphabet[pick (self, sizeof alphabet - 1)];
      code[17] = rl_credit_code_check_char (code);
      json_object_set_string_member (record, "credit_code", code);
      json_object_set_string_member (record, "legal_rep", person (self));
      set_phone (self, record);
      set_count (record, "staff", firm->staff);
      set_count (record, "party_members", firm->party_members);
      if (!put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_services (Demo    *self,
                GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();

  begin_collection (self, RL_COLLECTION_SERVICES);
  for (guint s = 0; s < self->services->len; s++)
    {
      const Service *service = SERVICE (self, s);

      set_ref (record, "firm_id", RL_COLLECTION_FIRMS, service->firm);
      set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, service->compound);
      set_date (record, "start", service->start);
      set_date (record, "end", service->end);
      json_object_set_string_member (record, "manager", person (self));
      set_count (record, "staff", service->staff);
      set_count (record, "party_members", service->party_members);
      if (!put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

static JsonArray *
committee_members (Demo *self)
{
  JsonArray *people = json_array_new ();
  guint n = 3 + 2 * pick (self, 4);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = json_object_new ();
      const char *role = i == 0 ? "director" : i == 1 || (i == 2 && n >= 7) ? "deputy" : "member";

      json_object_set_string_member (member, "name", person (self));
      json_object_set_string_member (member, "role", role);
      json_object_set_boolean_member (member, "party_member", chance (self, i == 0 ? 0.7 : 0.4));
      json_object_set_boolean_member (member, "cross_post", chance (self, i == 0 ? 0.5 : 0.2));
      json_array_add_object_element (people, member);
    }
  return people;
}

static gboolean
write_committees (Demo    *self,
                  GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();

  begin_collection (self, RL_COLLECTION_COMMITTEES);
  for (guint k = 0; k < self->committees->len; k++)
    {
      const Committee *committee = COMMITTEE (self, k);

      set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, committee->compound);
      json_object_set_string_member (record, "kind", committee->management ? "management"
                                                                           : "owners");
      set_date (record, "formed_on", committee->formed);
      set_date (record, "term_end", committee->term_end);
      set_date (record, "dissolved_on", committee->dissolved);
      json_object_set_array_member (record, "members", committee_members (self));
      if (!put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

/* Party organizations and instructors */

typedef struct
{
  guint32 founded_first;
  guint32 founded_last;
} OrgPlan;

static void
cover (Demo           *self,
       JsonArray      *covers,
       RlCollectionId  collection,
       guint           index,
       gboolean        active)
{
  static const char *const kinds[RL_N_COLLECTIONS] = {
    [RL_COLLECTION_COMPOUNDS] = "compound", [RL_COLLECTION_FIRMS] = "firm",
    [RL_COLLECTION_SERVICES] = "service", [RL_COLLECTION_COMMITTEES] = "committee",
  };

  add_link (covers, kinds[collection], collection, index);
  if (!active)
    return;
  if (collection == RL_COLLECTION_FIRMS)
    FIRM (self, index)->covered = TRUE;
  else if (collection == RL_COLLECTION_SERVICES)
    SERVICE (self, index)->covered = TRUE;
  else if (collection == RL_COLLECTION_COMMITTEES)
    COMMITTEE (self, index)->covered = TRUE;
}

/* Writes one organization; @covers is taken. A few are dissolved. */
static gboolean
put_org (Demo        *self,
         JsonObject  *record,
         const char  *name,
         const char  *kind,
         guint        members,
         guint32      founded,
         guint32      dissolved,
         JsonArray   *covers,
         GError     **error)
{
  json_object_set_string_member (record, "name", name);
  json_object_set_string_member (record, "kind", kind);
  set_date (record, "founded_on", founded);
  json_object_set_string_member (record, "secretary", person (self));
  json_object_set_int_member (record, "members", members);
  set_date (record, "dissolved_on", dissolved);
  json_object_set_array_member (record, "covers", covers);
  return put (self, record, error);
}

static guint32
maybe_dissolved (Demo    *self,
                 guint32  founded)
{
  return chance (self, 0.04) ? day_between (self, founded, self->last_day) : 0;
}

static gboolean
write_firm_orgs (Demo        *self,
                 JsonObject  *record,
                 OrgPlan     *plan,
                 GError     **error)
{
  g_autofree guint *joint = g_new0 (guint, self->streets->len);
  GArray *small = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = TRUE;

  /* Firms with three or more Party members should have their own (应建尽建). */
  for (guint f = 0; f < self->firms->len && ok; f++)
    {
      const Firm *firm = FIRM (self, f);
      g_autofree char *name = NULL;
      const char *kind;
      guint32 founded, dissolved;

      if (firm->party_members < 3 || f == GAP_FIRM || (f > 3 && chance (self, 0.25)))
        {
          if (firm->party_members >= 0 && firm->party_members < 3)
            g_array_append_val (small, f);
          continue;
        }
      kind = firm->party_members >= 100 ? "committee"
             : firm->party_members >= 50 ? "general_branch" : "branch";
      name = g_strconcat (firm->name, firm->party_members >= 100 ? "党委"
                          : firm->party_members >= 50 ? "党总支" : "党支部", NULL);
      founded = day_between (self, plan->founded_first, plan->founded_last);
      dissolved = f > 3 ? maybe_dissolved (self, founded) : 0;
      {
        JsonArray *covers = json_array_new ();

        cover (self, covers, RL_COLLECTION_FIRMS, f, dissolved == 0);
        ok = put_org (self, record, name, kind, firm->party_members, founded, dissolved,
                      covers, error);
      }
    }

  /* Firms with fewer than three share a joint branch, a few firms each. */
  for (guint i = 0; i < small->len && ok; )
    {
      guint n = between (self, 2, 5);
      guint first = g_array_index (small, guint, i);
      guint street = FIRM (self, first)->home_street;
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint members = 0;
      guint32 founded;

      n = MIN (n, small->len - i);
      if (i > 0 && chance (self, 0.3))
        {
          i += n;
          continue;
        }
      joint[street]++;
      if (joint[street] == 1)
        name = g_strdup_printf ("%s物业服务企业联合党支部", STREET (self, street)->name);
      else if (joint[street] <= G_N_ELEMENTS (numerals))
        name = g_strdup_printf ("%s物业服务企业第%s联合党支部", STREET (self, street)->name,
                                numerals[joint[street] - 1]);
      else
        name = g_strdup_printf ("%s物业服务企业第%u联合党支部", STREET (self, street)->name,
                                joint[street]);
      covers = json_array_new ();
      for (guint k = i; k < i + n; k++)
        {
          guint f = g_array_index (small, guint, k);

          cover (self, covers, RL_COLLECTION_FIRMS, f, TRUE);
          members += FIRM (self, f)->party_members;
        }
      founded = day_between (self, plan->founded_first, plan->founded_last);
      ok = put_org (self, record, name, "joint_branch", MAX (members, 3), founded, 0, covers,
                    error);
      i += n;
    }

  g_array_unref (small);
  return ok;
}

static gboolean
write_service_and_street_orgs (Demo        *self,
                               JsonObject  *record,
                               OrgPlan     *plan,
                               GError     **error)
{
  /* Projects of firms without an organization may have their own branch. */
  for (guint s = 0; s < self->services->len; s++)
    {
      const Service *service = SERVICE (self, s);
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint32 founded, dissolved;

      if (service->party_members < 3 || service->end != 0
          || FIRM (self, service->firm)->covered || service->firm == GAP_FIRM
          || !chance (self, 0.5))
        continue;
      name = g_strdup_printf ("%s物业项目党支部", COMPOUND (self, service->compound)->name);
      founded = day_between (self, plan->founded_first, plan->founded_last);
      founded = MAX (founded, service->start);
      dissolved = maybe_dissolved (self, founded);
      covers = json_array_new ();
      cover (self, covers, RL_COLLECTION_SERVICES, s, dissolved == 0);
      if (!put_org (self, record, name, "branch", service->party_members, founded, dissolved,
                    covers, error))
        return FALSE;
    }

  /* A street's property-industry general branch gathers some of its firms. */
  for (guint st = 0; st < self->streets->len; st++)
    {
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint members = 0, n = 0;

      if (st > 0 && !chance (self, 0.5))
        continue;
      covers = json_array_new ();
      for (guint f = 0; f < self->firms->len && n < 6; f++)
        {
          const Firm *firm = FIRM (self, f);

          if (f == GAP_FIRM || !firm->has_home || firm->home_street != st
              || !(n == 0 || chance (self, 0.5)))
            continue;
          cover (self, covers, RL_COLLECTION_FIRMS, f, TRUE);
          members += MAX (firm->party_members, 0);
          n++;
        }
      name = g_strdup_printf ("%s物业行业党总支", STREET (self, st)->name);
      if (!put_org (self, record, name, "general_branch", members + between (self, 3, 12),
                    day_between (self, plan->founded_first, plan->founded_last), 0, covers,
                    error))
        return FALSE;
    }

  return TRUE;
}

static JsonArray *
compound_links (const Community *community,
                const guint32   *chosen)
{
  JsonArray *links = json_array_new ();

  for (guint i = 0; i < community->n_compounds; i++)
    if (chosen[i])
      add_link (links, "compound", RL_COLLECTION_COMPOUNDS, community->first_compound + i);
  return links;
}

static gboolean
write_community_orgs (Demo        *self,
                      JsonObject  *record,
                      OrgPlan     *plan,
                      GError     **error)
{
  guint32 old_first = julian (2014, 1, 1), old_last = julian (2018, 12, 31);

  for (guint k = 0; k < self->communities->len; k++)
    {
      const Community *community = COMMUNITY (self, k);
      g_autofree char *name = NULL;
      guint32 founded = day_between (self, plan->founded_first, plan->founded_last);
      guint32 *chosen;

      if (k > 0 && !chance (self, 0.35))
        continue;
      chosen = g_new0 (guint32, community->n_compounds);
      for (guint i = 0; i < community->n_compounds; i++)
        chosen[i] = i == 0 || chance (self, 0.5);

      /* The branch a community Party committee grew out of, dissolved on
       * the day the committee was founded. */
      if (k == 0 || chance (self, 0.3))
        {
          g_autofree char *old_name = g_strdup_printf ("%s党支部", community->name);

          if (!put_org (self, record, old_name, "branch", between (self, 15, 45),
                        day_between (self, old_first, MIN (old_last, founded)), founded,
                        compound_links (community, chosen), error))
            {
              g_free (chosen);
              return FALSE;
            }
        }

      name = g_strdup_printf ("%s党委", community->name);
      if (!put_org (self, record, name, "committee", between (self, 60, 320), founded, 0,
                    compound_links (community, chosen), error))
        {
          g_free (chosen);
          return FALSE;
        }
      g_free (chosen);
    }

  return TRUE;
}

static gboolean
write_functional_orgs (Demo        *self,
                       JsonObject  *record,
                       OrgPlan     *plan,
                       GError     **error)
{
  gboolean first = TRUE;

  /* 红色物业 in a compound: one branch for the committee and the project. */
  for (guint k = 0; k < self->committees->len; k++)
    {
      const Committee *committee = COMMITTEE (self, k);
      const Compound *compound = COMPOUND (self, committee->compound);
      g_autofree char *name = NULL;
      JsonArray *covers;
      guint32 founded;

      if (committee->dissolved != 0 || !(first || chance (self, 0.10)))
        continue;
      first = FALSE;
      name = g_strdup_printf ("%s红色物业功能型党支部", compound->name);
      covers = json_array_new ();
      cover (self, covers, RL_COLLECTION_COMPOUNDS, committee->compound, TRUE);
      cover (self, covers, RL_COLLECTION_COMMITTEES, k, TRUE);
      for (guint s = compound->first_service; s < compound->first_service + compound->n_services;
           s++)
        if (SERVICE (self, s)->end == 0)
          cover (self, covers, RL_COLLECTION_SERVICES, s, TRUE);
      founded = day_between (self, plan->founded_first, self->last_day);
      founded = MAX (founded, committee->formed);
      if (!put_org (self, record, name, "functional", between (self, 3, 15), founded, 0, covers,
                    error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_party_orgs (Demo    *self,
                  GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  OrgPlan plan = { julian (2016, 1, 1), julian (2025, 12, 31) };

  begin_collection (self, RL_COLLECTION_PARTY_ORGS);
  return write_firm_orgs (self, record, &plan, error)
         && write_service_and_street_orgs (self, record, &plan, error)
         && write_community_orgs (self, record, &plan, error)
         && write_functional_orgs (self, record, &plan, error);
}

/* An instructor goes where there is no organization: a few tries at an
 * uncovered unit, else any. The first three go to a firm, a service and a
 * committee, the first of each that is uncovered. */
static void
assign (Demo      *self,
        JsonArray *assigned,
        guint      instructor,
        guint      slot)
{
  guint kind = instructor < 3 && slot == 0 ? instructor : pick (self, 3);
  guint n = kind == 0 ? self->firms->len : kind == 1 ? self->services->len
                                                     : self->committees->len;
  guint unit = 0;

  if (n == 0)
    return;
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      gboolean covered;

      unit = instructor < 3 && slot == 0 ? attempt : pick (self, n);
      unit = MIN (unit, n - 1);
      if (kind == 0)
        covered = FIRM (self, unit)->covered;
      else if (kind == 1)
        covered = SERVICE (self, unit)->covered || FIRM (self, SERVICE (self, unit)->firm)->covered;
      else
        covered = COMMITTEE (self, unit)->covered;
      if (!covered)
        break;
    }
  {
    const char *name = kind == 0 ? "firm" : kind == 1 ? "service" : "committee";
    RlCollectionId collection = kind == 0 ? RL_COLLECTION_FIRMS
                                : kind == 1 ? RL_COLLECTION_SERVICES : RL_COLLECTION_COMMITTEES;
    char id[32];

    /* Once is enough. */
    format_id (id, sizeof id, collection, unit);
    for (guint i = 0; i < json_array_get_length (assigned); i++)
      {
        JsonObject *link = json_array_get_object_element (assigned, i);

        if (g_strcmp0 (json_object_get_string_member_with_default (link, name, NULL), id) == 0)
          return;
      }
    add_link (assigned, name, collection, unit);
  }
}

static gboolean
write_instructors (Demo    *self,
                   GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint n = MAX (3, self->spec->n_compounds / 40);
  guint32 first = julian (2021, 1, 1), last = julian (2025, 12, 31);

  begin_collection (self, RL_COLLECTION_INSTRUCTORS);
  for (guint i = 0; i < n; i++)
    {
      JsonArray *assigned = json_array_new ();
      guint32 start = day_between (self, first, last);
      guint n_units = between (self, 1, 3);

      json_object_set_string_member (record, "name", person (self));
      set_date (record, "start", start);
      set_date (record, "end", i > 0 && chance (self, 0.15)
                               ? day_between (self, start + 180, self->last_day) : 0);
      for (guint slot = 0; slot < n_units; slot++)
        assign (self, assigned, i, slot);
      json_object_set_array_member (record, "assigned", assigned);
      if (!put (self, record, error))
        return FALSE;
    }

  return TRUE;
}

/* Evidence: survey answers, work orders, inspections */

static guint
rating (Demo   *self,
        double  quality)
{
  double p[5];
  double u = g_rand_double (self->rand);

  /* Skewed to 4 and 5; a well-run compound is mostly 5. */
  p[0] = 0.06 * (1 - quality) + 0.01;
  p[1] = 0.10 * (1 - quality) + 0.02;
  p[2] = 0.18 * (1 - quality) + 0.05;
  p[3] = 0.35;
  for (guint i = 0; i < 4; i++)
    {
      if (u < p[i])
        return i + 1;
      u -= p[i];
    }
  return 5;
}

static gboolean
write_survey_responses (Demo    *self,
                        GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint span = self->last_day - self->first_day + 1;

  begin_collection (self, RL_COLLECTION_SURVEY_RESPONSES);
  for (guint c = 0; c < self->compounds->len; c++)
    {
      const Compound *compound = COMPOUND (self, c);

      set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, c);
      for (guint i = 0; i < compound->n_answers; i++)
        {
          guint overall = rating (self, compound->quality);

          set_date (record, "answered_on", self->first_day + pick (self, span));
          json_object_set_int_member (record, "overall", overall);
          if (chance (self, 0.3))
            {
              JsonObject *items = json_object_new ();
              int environment = (int) overall + (int) pick (self, 3) - 1;
              int security = (int) overall + (int) pick (self, 3) - 1;

              json_object_set_int_member (items, "environment", CLAMP (environment, 1, 5));
              json_object_set_int_member (items, "security", CLAMP (security, 1, 5));
              json_object_set_object_member (record, "items", items);
            }
          else
            json_object_set_null_member (record, "items");
          if (!put (self, record, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The service active at the compound on @day (the newest, if several). */
static gint
service_on (Demo          *self,
            const Compound *compound,
            guint32        day)
{
  for (guint i = compound->n_services; i > 0; i--)
    {
      guint s = compound->first_service + i - 1;
      const Service *service = SERVICE (self, s);

      if (service->start <= day && (service->end == 0 || service->end > day))
        return (gint) s;
    }
  return -1;
}

/* Minutes to the second step of the 5341 rule: within the limit when @on_time. */
static gint64
second_step (Demo     *self,
             guint     severity,
             gboolean  on_time)
{
  static const guint limits[][3] = { { 15, 30, 60 }, { 60, 240, 300 }, { 600, 1440, 2000 } };
  const guint *l = limits[severity];

  return on_time ? between (self, l[0], l[1]) : between (self, l[1] + 1, l[2]);
}

static gboolean
write_work_orders (Demo    *self,
                   GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint span = self->last_day - self->first_day + 1;
  gint64 end_of_data = (gint64) (self->last_day + 1) * MINUTES_PER_DAY;

  begin_collection (self, RL_COLLECTION_WORK_ORDERS);
  for (guint c = 0; c < self->compounds->len; c++)
    {
      const Compound *compound = COMPOUND (self, c);
      double q = compound->quality;
      guint category_weights[] = { 55, (guint) (10 + 25 * (1 - q)), 7, 20 };

      set_ref (record, "compound_id", RL_COLLECTION_COMPOUNDS, c);
      for (guint i = 0; i < compound->n_orders; i++)
        {
          guint32 day = self->first_day + pick (self, span);
          guint minute = chance (self, 0.08) ? pick (self, MINUTES_PER_DAY)
                                             : between (self, 7 * 60, 22 * 60 - 1);
          gint64 received = (gint64) day * MINUTES_PER_DAY + minute;
          gint64 arrived = -1, resolved = -1, plan = -1;
          guint severity = WEIGHTED (self, severity_weights);
          gint service = service_on (self, compound, day);
          gboolean open = day + 2 >= self->last_day && chance (self, 0.5);

          if (service >= 0 && chance (self, 0.5))
            set_ref (record, "service_id", RL_COLLECTION_SERVICES, service);
          else
            json_object_set_null_member (record, "service_id");
          json_object_set_string_member (record, "channel",
                                         channels[WEIGHTED (self, channel_weights)]);
          json_object_set_string_member (record, "category",
                                         categories[WEIGHTED (self, category_weights)]);
          json_object_set_string_member (record, "severity", severities[severity]);

          /* Usually there within minutes; now and then a time was never recorded. */
          if (!chance (self, 0.015) && !(open && chance (self, 0.3)))
            arrived = received + (chance (self, 0.55 + 0.43 * q) ? between (self, 1, 5)
                                  : chance (self, 0.8) ? between (self, 6, 10)
                                  : between (self, 11, 45));
          if (!open && !chance (self, 0.02))
            {
              gint64 step = received + second_step (self, severity, chance (self, 0.6 + 0.38 * q));

              if (arrived >= 0)
                step = MAX (step, arrived + 5);
              if (severity == 2)
                {
                  plan = step;
                  if (chance (self, 0.6))
                    resolved = plan + between (self, MINUTES_PER_DAY, 10 * MINUTES_PER_DAY);
                  if (resolved >= end_of_data)
                    resolved = -1;
                }
              else
                resolved = step;
            }
          set_time (record, "received_at", received);
          set_time (record, "arrived_at", arrived);
          set_time (record, "resolved_at", resolved);
          set_time (record, "plan_at", plan);
          if (resolved >= 0 && chance (self, 0.6))
            json_object_set_boolean_member (record, "resident_satisfied",
                                            chance (self, 0.6 + 0.35 * q));
          else
            json_object_set_null_member (record, "resident_satisfied");
          if (!put (self, record, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_inspections (Demo    *self,
                   GError **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  guint32 quarter_end[7];
  gboolean forced_veto = FALSE;

  /* 2025Q1 … 2026Q3, by their last days. */
  for (guint i = 0; i < G_N_ELEMENTS (quarter_end); i++)
    quarter_end[i] = julian (2025 + (i + 1) / 4, (i + 1) % 4 * 3 + 1, 1) - 1;

  begin_collection (self, RL_COLLECTION_INSPECTIONS);
  for (guint s = 0; s < self->services->len; s++)
    {
      const Service *service = SERVICE (self, s);
      double q = COMPOUND (self, service->compound)->quality;
      gint last = -1;

      for (guint i = 0; i < G_N_ELEMENTS (quarter_end); i++)
        if (service->start <= quarter_end[i]
            && (service->end == 0 || service->end > quarter_end[i]))
          last = (gint) i;

      for (guint i = 0; i < G_N_ELEMENTS (quarter_end); i++)
        {
          char quarter[8];
          const char *veto = NULL, *note = NULL;
          double score, rate;

          if (service->start > quarter_end[i]
              || (service->end != 0 && service->end <= quarter_end[i]) || chance (self, 0.06))
            continue;

          g_snprintf (quarter, sizeof quarter, "%uQ%u", 2025 + i / 4, i % 4 + 1);
          set_ref (record, "service_id", RL_COLLECTION_SERVICES, s);
          json_object_set_string_member (record, "quarter", quarter);

          /* The firm that walked out is vetoed in its last quarter; elsewhere
           * a veto is rare, and there is always one in the demo. */
          if (service->abandoned && (gint) i == last && (!forced_veto || chance (self, 0.6)))
            veto = "abandonment", note = abandonment_note;
          else if (chance (self, 0.004) || (!forced_veto && s > 0 && i == 5))
            veto = chance (self, 0.5) ? "safety_accident" : "illegal_conduct";
          if (veto != NULL && note == NULL)
            note = g_str_equal (veto, "safety_accident") ? ONE_OF (self, safety_notes)
                                                         : ONE_OF (self, illegal_notes);
          forced_veto = forced_veto || veto != NULL;

          /* CLAMP evaluates its argument more than once: draw first. */
          score = 10 * (0.35 + 0.6 * q + 0.3 * (g_rand_double (self->rand) - 0.5));
          score = CLAMP (score, 0, veto != NULL ? 5.5 : 10);
          rate = 0.6 + 0.38 * q + 0.12 * (g_rand_double (self->rand) - 0.5);
          rate = CLAMP (rate, 0.6, 1.0);
          if (note == NULL && score < 6 && chance (self, 0.5))
            note = low_score_note;

          if (chance (self, 0.01))
            json_object_set_null_member (record, "score");
          else
            json_object_set_double_member (record, "score", round (score * 10) / 10);
          if (chance (self, 0.01))
            json_object_set_null_member (record, "fee_collection_rate");
          else
            json_object_set_double_member (record, "fee_collection_rate",
                                           round (rate * 1000) / 1000);
          if (veto != NULL)
            json_object_set_string_member (record, "veto", veto);
          else
            json_object_set_null_member (record, "veto");
          if (note != NULL)
            json_object_set_string_member (record, "note", note);
          else
            json_object_set_null_member (record, "note");
          if (!put (self, record, error))
            return FALSE;
        }
    }

  return TRUE;
}

static void
clear_named (gpointer data)
{
  /* Every planned struct starts with its name. */
  g_free (*(char **) data);
}

static void
demo_clear (Demo *self)
{
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);
  g_clear_pointer (&self->streets, g_array_unref);
  g_clear_pointer (&self->communities, g_array_unref);
  g_clear_pointer (&self->compounds, g_array_unref);
  g_clear_pointer (&self->firms, g_array_unref);
  g_clear_pointer (&self->services, g_array_unref);
  g_clear_pointer (&self->committees, g_array_unref);
}

static GArray *
named_array (gsize element_size)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (array, clear_named);
  return array;
}

static gint64
count_records (RlStore *store)
{
  gint64 n = 0;

  for (guint c = 0; c < RL_N_COLLECTIONS; c++)
    {
      gint64 count = rl_store_count (store, c);

      n += MAX (count, 0);
    }
  return n;
}

gboolean
rl_demo_parse_size (const char *text,
                    RlDemoSize *size)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_ascii_strcasecmp (text, sizes[i].name) == 0)
      {
        if (size != NULL)
          *size = (RlDemoSize) i;
        return TRUE;
      }

  return FALSE;
}

/* Fills an empty ledger in one transaction: on any error, or when
 * @cancellable fires, nothing is written. */
gboolean
rl_demo_generate (RlStore       *store,
                  RlDemoSize     size,
                  guint32        seed,
                  GCancellable  *cancellable,
                  guint64       *n_records,
                  GError       **error)
{
  Demo self = { 0, };
  gint64 existing;
  gboolean ok;

  g_return_val_if_fail (RL_IS_STORE (store), FALSE);
  g_return_val_if_fail (size <= RL_DEMO_CITY, FALSE);

  /* Made-up ids would update real records that happen to share them. */
  existing = count_records (store);
  if (existing > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The ledger already holds %" G_GINT64_FORMAT " record; "
                                "the demo only fills an empty ledger",
                                "The ledger already holds %" G_GINT64_FORMAT " records; "
                                "the demo only fills an empty ledger", existing),
                   existing);
      return FALSE;
    }

  self.store = store;
  self.cancellable = cancellable;
  self.rand = g_rand_new_with_seed (seed);
  self.spec = &sizes[size];
  self.size = size;
  self.problems = rl_problem_list_new ();
  self.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.text = g_string_new (NULL);
  self.first_day = julian (2025, 1, 1);
  self.last_day = julian (2026, 9, 30);
  self.streets = named_array (sizeof (Street));
  self.communities = named_array (sizeof (Community));
  self.compounds = named_array (sizeof (Compound));
  self.firms = named_array (sizeof (Firm));
  self.services = g_array_new (FALSE, TRUE, sizeof (Service));
  self.committees = g_array_new (FALSE, TRUE, sizeof (Committee));

  plan_places (&self);
  plan_compounds (&self);
  plan_firms_and_services (&self);
  plan_committees (&self);
  plan_evidence (&self);

  ok = rl_store_begin (store, error)
       && (self.change_set = rl_store_add_change_set (store, "demo", error)) >= 0
       && write_places (&self, error)
       && write_compounds (&self, error)
       && write_firms (&self, error)
       && write_services (&self, error)
       && write_committees (&self, error)
       && write_party_orgs (&self, error)
       && write_instructors (&self, error)
       && write_survey_responses (&self, error)
       && write_work_orders (&self, error)
       && write_inspections (&self, error)
       && !g_cancellable_set_error_if_cancelled (cancellable, error)
       && rl_store_commit (store, error);
  if (!ok)
    rl_store_rollback (store);
  else if (n_records != NULL)
    *n_records = self.n_records;

  demo_clear (&self);
  return ok;
}
