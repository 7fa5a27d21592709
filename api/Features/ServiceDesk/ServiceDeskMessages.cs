namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable ServiceDesk = new()
    {
        ["SR_STATUS_REFUSED"] = ("服务单当前状态（{0}）不能变更为“{1}”。", "The service request cannot move from {0} to {1}."),
        ["SR_NOT_ASSIGNEE"] = ("只有被派单的处理人（或被派部门的员工、主管）可以执行此操作。", "Only the assigned handler, a member of the assigned department or a supervisor may do this."),
        ["SR_DEADLINE_BINDS_HANDLER"] = ("处理人不能修改约束自己的时限。", "A handler cannot change a deadline that binds them."),
        ["SR_DEADLINE_NOT_OPEN"] = ("该服务单没有正在计时的此类时限。", "The service request has no running deadline of this kind."),
        ["SR_RETURN_VISIT_REQUIRED"] = ("报修、投诉和家政服务须回访满意后才能关闭。", "Repairs, complaints and home services close only after a satisfied return visit."),
        ["SR_SIGN_OFF_REQUIRED"] = ("报修和家政服务须业主签字确认后才能回访。", "A repair or home service is visited back only after the customer signed off the work."),
        ["SR_PORTAL_CHANNEL"] = ("“业主端”渠道只用于业主自助报事，请选择实际受理渠道。", "The resident-portal channel is for residents' own reports; choose the channel it came through."),
        ["SR_ONE_ASSIGNEE"] = ("请选择一个部门或一名员工（二选一）。", "Choose either a department or a staff member."),
        ["SR_CONTACT_REQUIRED"] = ("非匿名的服务单须填写联系人和联系电话。", "A request that is not anonymous needs a contact name and phone."),
        ["SR_URGENCY_REPAIRS_ONLY"] = ("只有报修和家政服务有紧急程度。", "Only repairs and home services have an urgency class."),
        ["SR_RATING_RANGE"] = ("评分应为 1 到 5。", "The rating must be from 1 to 5."),
        ["SR_NOT_IN_FUTURE"] = ("{0}不能晚于当前时间。", "{0} cannot be in the future."),
        ["SR_NOT_IN_PAST"] = ("{0}不能早于当前时间。", "{0} cannot be in the past."),
        ["SR_UNIT_NOT_OF_ESTATE"] = ("该房屋不属于所选管理处。", "The unit does not belong to the chosen estate."),
        ["entity.serviceRequest"] = ("服务单", "service request"),
        ["sd.field.description"] = ("问题描述", "Description"),
        ["sd.field.category"] = ("问题类型", "Category"),
        ["sd.field.location"] = ("位置", "Location"),
        ["sd.field.contactName"] = ("联系人", "Contact name"),
        ["sd.field.contactPhone"] = ("联系电话", "Contact phone"),
        ["sd.field.reason"] = ("原因", "Reason"),
        ["sd.field.notes"] = ("处理说明", "Notes"),
        ["sd.field.receivedAt"] = ("受理时间", "Received at"),
        ["sd.field.appointmentAt"] = ("预约上门时间", "Appointment"),
        ["sd.field.dueAt"] = ("时限", "Due at"),
        ["status.ServiceRequestStatus.Received"] = ("已受理", "received"),
        ["status.ServiceRequestStatus.Dispatched"] = ("已派单", "dispatched"),
        ["status.ServiceRequestStatus.Accepted"] = ("已接单", "accepted"),
        ["status.ServiceRequestStatus.Rejected"] = ("已退单", "rejected"),
        ["status.ServiceRequestStatus.InProgress"] = ("处理中", "in progress"),
        ["status.ServiceRequestStatus.Completed"] = ("已完成", "completed"),
        ["status.ServiceRequestStatus.SignedOff"] = ("业主已确认", "signed off"),
        ["status.ServiceRequestStatus.ReturnVisited"] = ("已回访", "return-visited"),
        ["status.ServiceRequestStatus.Closed"] = ("已关闭", "closed"),
        ["status.ServiceRequestStatus.Reopened"] = ("已重开", "reopened"),
        ["status.ServiceRequestStatus.Cancelled"] = ("已取消", "cancelled"),
    };
}
