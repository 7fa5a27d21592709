namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// The handler's steps on the way to the job, from the engineer's phone: 出发 (on my way) and 到达 (arrived). They are
/// timeline actions, not states: the request stays accepted (or reopened) until work starts. Arriving meets the on-site
/// limit (§6.5: emergency 30 minutes, ordinary 24 hours or the chosen time).
/// </summary>
public static class FieldSteps
{
    private static readonly ServiceRequestStatus[] OnTheWayFrom = [ServiceRequestStatus.Accepted, ServiceRequestStatus.Reopened];

    /// <summary>The one rule of both steps: the bound handler (or a supervisor), on an accepted or reopened request.</summary>
    public static void Record(ServiceRequest r, ServiceAction action, Actor by, DateTime at, string? note)
    {
        if (!OnTheWayFrom.Contains(r.Status)) throw new RuleException(ServiceDeskErrors.FieldStepRefused, "requestId");
        r.Log(action, by, at, note);
        if (action == ServiceAction.Arrived) Step.Meet(r, at, ServiceDeadlineKind.Acknowledge, ServiceDeadlineKind.Appointment, ServiceDeadlineKind.OnSite);
    }

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestStepInput i, ServiceAction action, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Note, "notes", 500, required: false);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            await ServiceDeskScope.EnsureHandlerAsync(rc, r, ct);
            Record(r, action, by, rc.Now, i.Note?.Trim());
        }, ct);
    }
}

/// <summary>出发: the handler set off to the site.</summary>
public static class SetOffToServiceRequest
{
    public static readonly UseCase<ServiceRequestStepInput, ServiceRequest> UseCase = new(Access.Staff, (rc, i, ct) => FieldSteps.RunAsync(rc, i, ServiceAction.OnTheWay, ct));
}

/// <summary>到达: the handler is on site; the on-site limit is met.</summary>
public static class ArriveAtServiceRequest
{
    public static readonly UseCase<ServiceRequestStepInput, ServiceRequest> UseCase = new(Access.Staff, (rc, i, ct) => FieldSteps.RunAsync(rc, i, ServiceAction.Arrived, ct));
}
