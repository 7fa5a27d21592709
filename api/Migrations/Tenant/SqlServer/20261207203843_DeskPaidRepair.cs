using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Api.Migrations.Tenant.SqlServer
{
    /// <inheritdoc />
    public partial class DeskPaidRepair : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChargeBillId",
                table: "ServiceRequests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChargeConfirmedAt",
                table: "ServiceRequests",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChargeConfirmedBy",
                table: "ServiceRequests",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChargeFeeItemId",
                table: "ServiceRequests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChargeStatus",
                table: "ServiceRequests",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ChargeTotal",
                table: "ServiceRequests",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedOffBy",
                table: "ServiceRequests",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ServiceChargeLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceChargeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceChargeLines_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ChargeBillId",
                table: "ServiceRequests",
                column: "ChargeBillId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ChargeFeeItemId",
                table: "ServiceRequests",
                column: "ChargeFeeItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChargeLines_RequestId_Sequence",
                table: "ServiceChargeLines",
                columns: new[] { "RequestId", "Sequence" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceRequests_Bills_ChargeBillId",
                table: "ServiceRequests",
                column: "ChargeBillId",
                principalTable: "Bills",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceRequests_FeeItems_ChargeFeeItemId",
                table: "ServiceRequests",
                column: "ChargeFeeItemId",
                principalTable: "FeeItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ServiceRequests_Bills_ChargeBillId",
                table: "ServiceRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ServiceRequests_FeeItems_ChargeFeeItemId",
                table: "ServiceRequests");

            migrationBuilder.DropTable(
                name: "ServiceChargeLines");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_ChargeBillId",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_ChargeFeeItemId",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ChargeBillId",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ChargeConfirmedAt",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ChargeConfirmedBy",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ChargeFeeItemId",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ChargeStatus",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ChargeTotal",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "SignedOffBy",
                table: "ServiceRequests");
        }
    }
}
