using ClusterStats.Internal;

namespace ClusterStats.Extraction;

/// <summary>What a word near a figure says about it.</summary>
internal enum CueKind : byte
{
    Production,
    Capacity,
    Export,
    Import,
    OutputValue,
    FirmWord,
    Show,
    Related,
    Supporting,
    AboveSize,
    Employment,
    Population,
    Machine,
    Growth,
    National,
    World,
    European,
    Regional,
    ShareVerb,
    Ranking,
    Signed,
    Target,
    Now,
    LastYear,
    ThisYear,
    Cotton,
    Phone,
    Designation,
    Founding,
    Industry,
    Direct,
}

/// <summary>A word of <see cref="ExtractionWords"/> with what it means.</summary>
internal sealed record Cue(string Word, CueKind Kind, bool Prefix);

/// <summary>The words the extractor reads around a figure, in Chinese (simplified and traditional), Japanese, Korean, English and Italian.</summary>
internal static class ExtractionWords
{
    private static IEnumerable<(string, Cue)> Of(CueKind kind, params string[] words) =>
        words.Select(w => (w, new Cue(w.TrimEnd('*'), kind, w.EndsWith('*'))));

    public static readonly WordMatcher<Cue> Cues = new(
        Of(CueKind.Production, "年产", "年產", "年産", "产量", "產量", "生产", "生產", "生産", "产出", "產出", "生産量", "出荷", "생산", "연간", "年間", "每年", "毎年",
            "produc*", "output", "manufactur*", "make", "makes", "made", "making", "churn*", "each year", "every year", "a year", "per year", "annual*",
            "ogni anno", "produzione")
        .Concat(Of(CueKind.Capacity, "产能", "產能", "生産能力", "capacity", "capacità"))
        .Concat(Of(CueKind.Export, "出口", "輸出", "输出", "수출", "export*", "esport*", "vendite oltre confine", "foreign trade", "ihracat*", "ihraç"))
        .Concat(Of(CueKind.Import, "进口", "進口", "輸入", "수입", "import*"))
        .Concat(Of(CueKind.OutputValue, "产值", "產值", "生产额", "生產額", "生産額", "出荷額", "产值规模", "생산액", "생산규모", "매출", "売上", "营收", "營收", "营业收入",
            "销售额", "銷售額", "销售收入", "output value", "value of output", "worth", "valued", "turnover", "fatturato", "revenue*", "operating income", "sales"))
        .Concat(Of(CueKind.FirmWord, "企业", "企業", "公司", "会社", "工厂", "工廠", "厂家", "業者", "事業者", "メーカー", "업체", "기업", "제조사", "firm*", "compan*",
            "enterprise*", "factor*", "mill", "mills", "business*", "manufacturers", "producers", "makers"))
        .Concat(Of(CueKind.Show, "展示会", "展示", "展会", "展覽", "展览", "参展", "參展", "ファッションショー", "show", "exhibition", "fair", "expo"))
        .Concat(Of(CueKind.Related, "相关", "相關", "関連", "관련", "related"))
        .Concat(Of(CueKind.Supporting, "配套", "上下游", "supporting"))
        .Concat(Of(CueKind.AboveSize, "规模以上", "規模以上", "规上", "above designated size", "above-designated-size", "above-size"))
        .Concat(Of(CueKind.Employment, "从业", "從業", "就业", "就業", "员工", "員工", "职工", "職工", "従業", "雇用", "用工", "工人", "종사", "고용", "근로자",
            "employ*", "worker*", "staff", "jobs", "worked", "work at", "addetti", "dipendenti", "lavoratori", "labor force", "workforce"))
        .Concat(Of(CueKind.Population, "人口", "户籍", "戶籍", "居民", "population", "inhabitants", "residents"))
        .Concat(Of(CueKind.Machine, "袜机", "襪機", "织机", "織機", "织袜机", "機械", "机器", "機器", "设备", "設備", "직기", "기계", "machine*", "loom*"))
        .Concat(Of(CueKind.Growth, "增长", "增長", "增加", "増加", "增幅", "同比", "减少", "減少", "下降", "下滑", "提高", "上升", "伸び", "증가", "감소",
            "growth", "grew", "grow*", "rose", "rise", "rising", "increase*", "decrease*", "decline*", "fell", "drop*", "up by", "down by"))
        .Concat(Of(CueKind.National, "全国", "全國", "国内", "國內", "全体", "全體", "전국", "국내", "national*", "nationwide", "in the country", "of the country",
            "of china", "china's", "in china", "chinese", "in italy", "italian*", "america's", "in japan", "in turkey", "domestic"))
        .Concat(Of(CueKind.World, "全球", "世界", "全世界", "世界中", "国际", "國際", "world*", "global*", "mondial*", "dünya"))
        .Concat(Of(CueKind.European, "欧洲", "歐洲", "欧州", "유럽", "europe*"))
        .Concat(Of(CueKind.Regional, "全省", "全市", "省内", "市内", "県内", "of the city", "of the province", "of the region", "서울의"))
        .Concat(Of(CueKind.ShareVerb, "占", "佔", "シェア", "占め", "割合", "比重", "份额", "份額", "차지", "담당", "share", "account*", "responsible for", "quota"))
        .Concat(Of(CueKind.Ranking, "排名", "排行", "位居", "居", "跃居", "躍居", "位置", "順位", "rank*", "place"))
        .Concat(Of(CueKind.Signed, "契約", "签约", "簽約", "签订", "簽訂", "签署", "簽署", "계약", "협약", "signed", "signing", "contract*"))
        .Concat(Of(CueKind.Target, "目标", "目標", "목표", "전망", "预计", "預計", "计划", "計画", "計劃", "规划", "規劃", "力争", "力爭", "target*", "plan", "planned",
            "expected to", "forecast*", "aims to", "aim to"))
        .Concat(Of(CueKind.Now, "現在", "现在", "目前", "当前", "當前", "現時点", "현재", "currently", "today", "now"))
        .Concat(Of(CueKind.LastYear, "去年", "昨年", "前年度", "지난해", "작년", "last year"))
        .Concat(Of(CueKind.ThisYear, "今年", "本年", "올해", "this year"))
        .Concat(Of(CueKind.Cotton, "棉袜", "棉襪", "綿靴下", "면양말", "cotton sock*"))
        .Concat(Of(CueKind.Phone, "电话", "電話", "手机", "手機", "传真", "傳真", "전화", "tel", "tel.", "phone", "fax"))
        .Concat(Of(CueKind.Designation, "称号", "稱號", "名镇", "名鎮", "授予", "荣获", "榮獲", "命名", "认定", "認定", "获评", "獲評", "칭호", "title", "awarded",
            "designated", "named"))
        .Concat(Of(CueKind.Founding, "成立", "创立", "創立", "创建", "創建", "創業", "创业", "设立", "設立", "始于", "始於", "founded", "established", "establish*",
            "risale", "aprì", "fondat*"))
        .Concat(Of(CueKind.Industry, "袜", "襪", "靴下", "ソックス", "양말", "纺织", "紡績", "纺織", "産業", "产业", "產業", "sock*", "hosiery", "industr*", "calze",
            "calzetteria"))
        .Concat(Of(CueKind.Direct, "direct", "自营", "自營", "self-operated")), wholeLatinWords: true);
}
