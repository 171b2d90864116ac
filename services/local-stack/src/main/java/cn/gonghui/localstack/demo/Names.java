package cn.gonghui.localstack.demo;

import java.util.List;
import java.util.Random;

/** Fixed lists the demo district draws its names from, so a seed always gives the same names. */
final class Names {

    static final String DISTRICT = "大兴区总工会";
    static final String DISTRICT_CODE = "110115";

    /** 镇/街道 of the district, then its two industrial bases. */
    static final List<String> STREETS = List.of("西红门镇", "黄村镇", "旧宫镇", "亦庄镇", "瀛海镇", "庞各庄镇", "榆垡镇",
            "青云店镇", "长子营镇", "采育镇", "安定镇", "礼贤镇", "魏善庄镇", "北臧村镇", "高米店街道", "兴丰街道", "林校路街道",
            "清源街道", "观音寺街道", "天宫院街道");
    static final List<String> PARKS = List.of("新媒体产业基地", "生物医药产业基地");

    static final List<String> ROADS = List.of("兴华大街", "黄村西大街", "金星路", "永兴路", "宏业路", "欣雅街", "春和路",
            "兴政街", "清源路", "林校北路", "康庄路", "团河路", "芦求路", "京开路", "旧宫东路", "德茂路", "海鑫路", "博兴路",
            "科创街", "经海路", "宏达路", "荣华路", "天华街", "育英路", "盛坊路");

    static final List<String> COMMUNITIES = List.of("富强", "康盛", "金华", "滨河", "兴盛", "清澄", "枣园", "车站", "三合",
            "宏仁", "欣荣", "瑞康", "绿地", "海子角", "小营", "德茂", "星光", "观音寺", "双河", "福苑");

    static final List<String> BRAND = List.of("京", "华", "兴", "嘉", "泰", "恒", "鑫", "瑞", "宏", "中", "联", "博", "科",
            "利", "安", "鼎", "诚", "达", "盛", "凯", "润", "丰", "源", "信", "德", "通", "新", "明", "金", "永");
    static final List<String> TRADES = List.of("科技", "电子", "物流", "食品", "医药", "建筑工程", "机械制造", "汽车零部件",
            "服装", "印刷", "餐饮管理", "物业管理", "商贸", "信息技术", "生物科技", "家具", "环保", "新材料", "包装", "仓储");
    static final List<String> FORMS = List.of("有限公司", "有限责任公司", "股份有限公司");

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程",
            "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎");
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅林颖晨阳宇浩然欣怡子轩梓涵"
            + "思远文博佳琪雨桐俊杰海燕志强晓东凤春云飞雪莲宏伟淑珍金凤立新德胜振华";

    /** 6-digit region codes for birthplaces: mostly Beijing, the rest the usual home provinces of migrant workers. */
    static final List<String> REGIONS = List.of("110115", "110115", "110115", "110106", "110105", "110108", "110111",
            "130625", "130423", "131082", "410526", "410922", "371321", "370883", "340321", "342201", "230182", "220182",
            "150121", "140106", "610523", "510321", "421182");

    static final List<String> MERCHANT_KINDS = List.of("超市", "影城", "眼镜店", "书店", "健身中心", "药房", "餐厅", "理发店",
            "洗衣店", "花店");

    private Names() {
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String person(Random random) {
        String surname = pick(random, SURNAMES);
        int a = random.nextInt(GIVEN.length());
        if (random.nextInt(3) == 0) {
            return surname + GIVEN.charAt(a);
        }
        return surname + GIVEN.charAt(a) + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    static String company(Random random) {
        return "北京" + pick(random, BRAND) + pick(random, BRAND) + pick(random, TRADES) + pick(random, FORMS);
    }

    static String address(Random random, String street) {
        return "北京市大兴区" + street + pick(random, ROADS) + (1 + random.nextInt(300)) + "号";
    }
}
