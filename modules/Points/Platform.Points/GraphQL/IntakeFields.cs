using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Intake;

namespace Platform.Points.GraphQL;

/// <summary>Batch intake for enterprise systems, hooked into <see cref="PointsMutationGraphType"/>.</summary>
internal static class IntakeFields
{
    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeResultGraphType>>>>("intakeAttendance")
            .Description($"An enterprise system reports up to {BatchIntake.MaxRecords} attendances of its workers. Each record is answered on its own, in order: ACCEPTED, DUPLICATE (with the first result) or REJECTED (with the reason).")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeRecordInputGraphType>>>>("records")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<BatchIntake>().SubmitAsync(
                c.RequireActor(), c.GetArgument<Guid>("enterpriseId"), c.GetArgument<List<IntakeRecordInput>>("records"), c.CancellationToken));
}
