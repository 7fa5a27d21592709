using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Api.Migrations.Tenant.Sqlite
{
    /// <inheritdoc />
    public partial class DeskQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_EstateId_ReceivedAt",
                table: "ServiceRequests",
                columns: new[] { "EstateId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_EstateId_ReceivedAt",
                table: "ServiceRequests");
        }
    }
}
