using GraphQL.Types;
using Platform.Access.Contracts;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

internal sealed class RegisterWorkerPayloadGraphType : ObjectGraphType<RegisteredWorker>
{
    public RegisterWorkerPayloadGraphType()
    {
        Name = "RegisterWorkerPayload";
        Field<NonNullGraphType<WorkerGraphType>>("worker").Resolve(ctx => ctx.Source.Worker);
        Field<WorkerAccountGraphType>("account")
            .Description("The worker's account, when createAccount was true.")
            .Resolve(ctx => ctx.Source.Account);
    }
}

internal sealed class WorkerAccountGraphType : ObjectGraphType<ProvisionedAccount>
{
    public WorkerAccountGraphType()
    {
        Name = "WorkerAccount";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field(x => x.Created).Description("False when the phone had an account already: it was given the WORKER role.");
        Field(x => x.OneTimePassword, nullable: true)
            .Description("For a new account, shown this once: hand it to the worker, who changes it at first sign-in.");
    }
}
