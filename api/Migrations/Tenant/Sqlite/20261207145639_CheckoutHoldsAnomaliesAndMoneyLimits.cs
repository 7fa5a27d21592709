using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Api.Migrations.Tenant.Sqlite
{
    /// <inheritdoc />
    public partial class CheckoutHoldsAnomaliesAndMoneyLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "MaxAdjustmentAmount",
                table: "BillingSettings",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 100000m);

            migrationBuilder.AddColumn<decimal>(
                name: "MaxPaymentAmount",
                table: "BillingSettings",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 1000000m);

            migrationBuilder.AddColumn<decimal>(
                name: "MaxRefundAmount",
                table: "BillingSettings",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 1000000m);

            migrationBuilder.CreateTable(
                name: "OnlineCheckoutBill",
                columns: table => new
                {
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckoutId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlineCheckoutBill", x => x.BillId);
                    table.ForeignKey(
                        name: "FK_OnlineCheckoutBill_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnlineCheckoutBill_OnlineCheckout_CheckoutId",
                        column: x => x.CheckoutId,
                        principalTable: "OnlineCheckout",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentAnomaly",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    StripeAccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StripeRefundId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentAnomaly", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentAnomaly_OnlineCheckout_CheckoutId",
                        column: x => x.CheckoutId,
                        principalTable: "OnlineCheckout",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "BillingSettings",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "MaxAdjustmentAmount", "MaxPaymentAmount", "MaxRefundAmount" },
                values: new object[] { 100000m, 1000000m, 1000000m });

            migrationBuilder.CreateIndex(
                name: "IX_OnlineCheckoutBill_CheckoutId",
                table: "OnlineCheckoutBill",
                column: "CheckoutId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAnomaly_CheckoutId",
                table: "PaymentAnomaly",
                column: "CheckoutId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAnomaly_PaymentIntentId",
                table: "PaymentAnomaly",
                column: "PaymentIntentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAnomaly_Status_ReceivedAt",
                table: "PaymentAnomaly",
                columns: new[] { "Status", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnlineCheckoutBill");

            migrationBuilder.DropTable(
                name: "PaymentAnomaly");

            migrationBuilder.DropColumn(
                name: "MaxAdjustmentAmount",
                table: "BillingSettings");

            migrationBuilder.DropColumn(
                name: "MaxPaymentAmount",
                table: "BillingSettings");

            migrationBuilder.DropColumn(
                name: "MaxRefundAmount",
                table: "BillingSettings");
        }
    }
}
