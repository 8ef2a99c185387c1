namespace Platform.Host.Demo;

/// <summary>Names and places for the demo data set (Zhongshan, the programme's city); invented, not real people or companies.</summary>
internal static class DemoPeople
{
    public const string Password = "jufeng-2026";

    private static readonly string[] Surnames = ["陈", "林", "黄", "李", "梁", "张", "何", "吴", "郑", "罗", "谢", "冯"];

    private static readonly string[] GivenNames =
    [
        "小龙", "美玲", "志强", "晓燕", "建华", "丽娟", "伟民", "秀英", "国平", "海燕", "子豪", "嘉欣", "俊杰", "文静", "家乐",
        "少华", "锦辉", "雪梅", "振宇", "慧敏", "浩然", "佩仪", "永康", "婉婷", "达明", "月娥", "启航", "思琪", "卓伟", "碧珊",
    ];

    /// <summary>The n-th worker's name: every combination differs for the 60 demo workers.</summary>
    public static string WorkerName(int n) => Surnames[n % Surnames.Length] + GivenNames[(n * 7 + n / Surnames.Length) % GivenNames.Length];

    /// <summary>Demo workers' phones: 139 2026 0000 upwards, out of the way of the demo sign-ins.</summary>
    public static string WorkerPhone(int n) => $"1392026{n:D4}";

    public static readonly (string Name, string[] Communities)[] Districts =
    [
        ("石岐街道", ["莲峰社区", "民生社区"]),
        ("东区街道", ["槎桥社区", "起湾社区"]),
        ("火炬开发区", ["张家边社区", "濠头社区"]),
    ];

    public static readonly (string Name, string Sector, int District)[] Enterprises =
    [
        ("蜂鸟即配（中山）有限公司", "FOOD_DELIVERY", 0),
        ("顺达快递中山分公司", "EXPRESS", 1),
        ("畅行出行科技有限公司", "RIDE_HAILING", 2),
        ("安运货运物流有限公司", "FREIGHT", 2),
    ];

    /// <summary>Demo sign-ins, one per role: (phone, name, role). Scopes are filled in by the loader.</summary>
    public static readonly (string Phone, string Name, string Role)[] SignIns =
    [
        ("13800000001", "演示·组织部", "PROGRAMME_ADMIN"),
        ("13800000002", "演示·企业管理员", "ENTERPRISE_ADMIN"),
        ("13800000003", "演示·支部书记", "SECRETARY"),
        ("13800000004", "演示·评审委员", "COMMITTEE_MEMBER"),
        ("13800000005", "演示·社区核查员", "VERIFIER"),
        ("13800000006", "陈小龙", "WORKER"),
    ];
}
