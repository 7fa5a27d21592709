namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Registry = new()
    {
        ["DUPLICATE_UNIT_NUMBER"] = ("楼栋内已存在房号 {0}。", "Unit {0} already exists in this building."),
        ["DUPLICATE_BUILDING_NAME"] = ("管理处内已存在楼栋 {0}。", "Building {0} already exists in this estate."),
        ["SHARE_EXCEEDS_100"] = ("该房屋的产权份额合计将超过 100%。", "The unit's ownership shares would exceed 100%."),
        ["ALREADY_ENDED"] = ("该记录已经结束。", "This record has already ended."),
        ["field.address"] = ("地址", "Address"),
        ["field.city"] = ("城市", "City"),
        ["field.totalFloorArea"] = ("总建筑面积", "Total floor area"),
        ["field.buildingArea"] = ("建筑面积", "Building area"),
        ["field.number"] = ("房号", "Unit number"),
        ["field.floor"] = ("楼层", "Floor"),
        ["field.floors"] = ("楼层数", "Number of floors"),
        ["field.usage"] = ("用途", "Usage"),
        ["field.building"] = ("楼栋", "Building"),
        ["field.share"] = ("产权份额", "Ownership share"),
        ["field.startDate"] = ("开始日期", "Start date"),
        ["field.endDate"] = ("结束日期", "End date"),
        ["field.leaseStart"] = ("租期开始", "Lease start"),
        ["field.leaseEnd"] = ("租期结束", "Lease end"),
        ["field.relation"] = ("关系", "Relation"),
        ["entity.building"] = ("楼栋", "building"),
        ["entity.ownership"] = ("产权记录", "ownership"),
        ["entity.tenancy"] = ("租赁记录", "tenancy"),
    };
}
