using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Api.Migrations.Tenant.Sqlite
{
    /// <inheritdoc />
    public partial class DeskComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComplaintFrom",
                table: "ServiceRequestEvents",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintTo",
                table: "ServiceRequestEvents",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ComplaintClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Liability = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LegalOpinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LegalReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LegalReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintClaims_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintMonthlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Analysis = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintMonthlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintMonthlyReports_Estates_EstateId",
                        column: x => x.EstateId,
                        principalTable: "Estates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Complainants = table.Column<int>(type: "INTEGER", nullable: false),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: true),
                    ValidityReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidityDecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ValidityDecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ServiceFault = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClaimedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Major = table.Column<bool>(type: "INTEGER", nullable: false),
                    MajorSource = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    MajorReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MajorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Hot = table.Column<bool>(type: "INTEGER", nullable: false),
                    HotSource = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    HotReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HotAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PlanAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandlingResponsible = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HandlingMeasures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HandlingFeedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HandlingRecordAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Exemption = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RepeatOfRequestId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_Complaints_Estates_EstateId",
                        column: x => x.EstateId,
                        principalTable: "Estates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_ServiceRequests_RepeatOfRequestId",
                        column: x => x.RepeatOfRequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomerVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedFor = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlannedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BookedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerVisits_Estates_EstateId",
                        column: x => x.EstateId,
                        principalTable: "Estates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustomerVisits_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustomerVisits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisitOptOuts",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitOptOuts", x => x.UnitId);
                    table.ForeignKey(
                        name: "FK_VisitOptOuts_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintClaims_RequestId",
                table: "ComplaintClaims",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintMonthlyReports_EstateId_Year_Month",
                table: "ComplaintMonthlyReports",
                columns: new[] { "EstateId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_EstateId_Category",
                table: "Complaints",
                columns: new[] { "EstateId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RepeatOfRequestId",
                table: "Complaints",
                column: "RepeatOfRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_HandledAt",
                table: "Complaints",
                columns: new[] { "Status", "HandledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerVisits_EstateId_StaffMemberId_PlannedFor",
                table: "CustomerVisits",
                columns: new[] { "EstateId", "StaffMemberId", "PlannedFor" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerVisits_StaffMemberId",
                table: "CustomerVisits",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerVisits_UnitId",
                table: "CustomerVisits",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintClaims");

            migrationBuilder.DropTable(
                name: "ComplaintMonthlyReports");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "CustomerVisits");

            migrationBuilder.DropTable(
                name: "VisitOptOuts");

            migrationBuilder.DropColumn(
                name: "ComplaintFrom",
                table: "ServiceRequestEvents");

            migrationBuilder.DropColumn(
                name: "ComplaintTo",
                table: "ServiceRequestEvents");
        }
    }
}
