namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>
/// The categories a company starts with (service-desk.md): complaints C1–C8 of §7.2; repairs by the trades of §6 and the
/// emergencies of §6.5 (derived: the sources name no repair list); inquiries and applications by the desk's usual
/// subjects (§5, §12, derived). The company edits, deactivates or adds to them (<see cref="SaveServiceCategory"/>).
/// </summary>
public static class DefaultCategories
{
    public sealed record Default(ServiceRequestType Type, string Code, string Name, int SortOrder);

    public static readonly IReadOnlyList<Default> All =
    [
        new(ServiceRequestType.Complaint, "C1", "房屋管理类", 10),
        new(ServiceRequestType.Complaint, "C2", "设备管理类", 20),
        new(ServiceRequestType.Complaint, "C3", "安全管理类", 30),
        new(ServiceRequestType.Complaint, "C4", "环境管理类", 40),
        new(ServiceRequestType.Complaint, "C5", "综合服务类", 50),
        new(ServiceRequestType.Complaint, "C6", "业户纠纷类", 60),
        new(ServiceRequestType.Complaint, "C7", "地产相关类", 70),
        new(ServiceRequestType.Complaint, "C8", "其它类", 80),
        new(ServiceRequestType.Repair, "WATER", "给排水（漏水、堵塞）", 10),
        new(ServiceRequestType.Repair, "ELECTRIC", "电路（停电、跳闸、灯具）", 20),
        new(ServiceRequestType.Repair, "GAS", "燃气", 30),
        new(ServiceRequestType.Repair, "DOOR_WINDOW", "门窗五金", 40),
        new(ServiceRequestType.Repair, "WALL_FLOOR", "墙地面与防水", 50),
        new(ServiceRequestType.Repair, "LIFT", "电梯", 60),
        new(ServiceRequestType.Repair, "COMMON_AREA", "公共设施", 70),
        new(ServiceRequestType.Repair, "OTHER", "其他", 90),
        new(ServiceRequestType.Inquiry, "FEES", "收费咨询", 10),
        new(ServiceRequestType.Inquiry, "PROCEDURES", "业务办理咨询", 20),
        new(ServiceRequestType.Inquiry, "OTHER", "其他", 90),
        new(ServiceRequestType.Suggestion, "SERVICE", "服务建议", 10),
        new(ServiceRequestType.Suggestion, "OTHER", "其他", 90),
        new(ServiceRequestType.Praise, "STAFF", "员工表扬", 10),
        new(ServiceRequestType.Praise, "OTHER", "其他", 90),
        new(ServiceRequestType.HomeService, "CLEANING", "家政保洁", 10),
        new(ServiceRequestType.HomeService, "OTHER", "其他", 90),
        new(ServiceRequestType.Other, "APPLICATION", "业务办理申请", 10),
        new(ServiceRequestType.Other, "OTHER", "其他", 90),
    ];

    public static Default? Find(ServiceRequestType type, string code) => All.FirstOrDefault(d => d.Type == type && d.Code == code);
}
