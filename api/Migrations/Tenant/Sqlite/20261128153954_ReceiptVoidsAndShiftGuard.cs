using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Api.Migrations.Tenant.Sqlite
{
    /// <inheritdoc />
    public partial class ReceiptVoidsAndShiftGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NotesChecked",
                table: "Payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ReceiptVoids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VoidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplacedBy = table.Column<long>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptVoids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceiptVoids_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CashierShifts_CashierId_Open",
                table: "CashierShifts",
                column: "CashierId",
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptVoids_IdempotencyKey",
                table: "ReceiptVoids",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptVoids_Number",
                table: "ReceiptVoids",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptVoids_PaymentId",
                table: "ReceiptVoids",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptVoids_ReplacedBy",
                table: "ReceiptVoids",
                column: "ReplacedBy",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceiptVoids");

            migrationBuilder.DropIndex(
                name: "IX_CashierShifts_CashierId_Open",
                table: "CashierShifts");

            migrationBuilder.DropColumn(
                name: "NotesChecked",
                table: "Payments");
        }
    }
}
