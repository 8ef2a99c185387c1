using GraphQL.Types;
using Platform.Points.Leaderboards;

namespace Platform.Points.GraphQL;

internal sealed class LeaderboardScopeGraphType : EnumerationGraphType<LeaderboardScope>
{
    public LeaderboardScopeGraphType()
    {
        Name = "LeaderboardScope";
        Description = "Which board: the city, a district, a sector, an enterprise or a branch.";
    }
}

internal sealed class LeaderboardEntryGraphType : ObjectGraphType<LeaderboardEntry>
{
    public LeaderboardEntryGraphType()
    {
        Name = "LeaderboardEntry";
        Description = "One worker's place on a board. Names are masked (张*明) except for the programme office and the worker themself.";
        Field(x => x.Rank).Description("1 for the most points; among equal scores, whoever reached the score first ranks higher.");
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.WorkerId);
        Field(x => x.DisplayName);
        Field(x => x.Score).Description("Points on this board in the period.");
    }
}

internal sealed class LeaderboardRankGraphType : ObjectGraphType<BoardRank>
{
    public LeaderboardRankGraphType()
    {
        Name = "LeaderboardRank";
        Description = "The signed-in worker's place on a board.";
        Field(x => x.Rank);
        Field(x => x.Score);
        Field(x => x.Of).Description("How many workers are on the board in the period.");
    }
}
