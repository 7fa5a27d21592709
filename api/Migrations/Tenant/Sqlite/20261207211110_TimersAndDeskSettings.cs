using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Api.Migrations.Tenant.Sqlite
{
    /// <inheritdoc />
    public partial class TimersAndDeskSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeskLimitSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    EmergencyAcknowledgeMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    EmergencyOnSiteMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    OrdinaryAppointmentWorkingHours = table.Column<int>(type: "INTEGER", nullable: true),
                    OrdinaryOnSiteHours = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletionWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeskLimitSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EscalationChains",
                columns: table => new
                {
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CsHeadStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ManagerStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CsHeadAfterMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ManagerAfterMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscalationChains", x => x.EstateId);
                    table.ForeignKey(
                        name: "FK_EscalationChains_Estates_EstateId",
                        column: x => x.EstateId,
                        principalTable: "Estates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EscalationChains_StaffMembers_CsHeadStaffMemberId",
                        column: x => x.CsHeadStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EscalationChains_StaffMembers_ManagerStaffMemberId",
                        column: x => x.ManagerStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NotificationOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TemplateCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedChannels",
                columns: table => new
                {
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    HqComplaintLine = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedChannels", x => x.EstateId);
                    table.ForeignKey(
                        name: "FK_PublishedChannels_Estates_EstateId",
                        column: x => x.EstateId,
                        principalTable: "Estates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimerMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecipientStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimerMarks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EscalationChains_CsHeadStaffMemberId",
                table: "EscalationChains",
                column: "CsHeadStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_EscalationChains_ManagerStaffMemberId",
                table: "EscalationChains",
                column: "ManagerStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationOutbox_Reference",
                table: "NotificationOutbox",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationOutbox_Status_ScheduledFor",
                table: "NotificationOutbox",
                columns: new[] { "Status", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCategories_Type_Code",
                table: "ServiceCategories",
                columns: new[] { "Type", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerMarks_Source_ItemId_Stage_DueAt",
                table: "TimerMarks",
                columns: new[] { "Source", "ItemId", "Stage", "DueAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerMarks_SubjectId",
                table: "TimerMarks",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeskLimitSettings");

            migrationBuilder.DropTable(
                name: "EscalationChains");

            migrationBuilder.DropTable(
                name: "NotificationOutbox");

            migrationBuilder.DropTable(
                name: "PublishedChannels");

            migrationBuilder.DropTable(
                name: "ServiceCategories");

            migrationBuilder.DropTable(
                name: "TimerMarks");
        }
    }
}
