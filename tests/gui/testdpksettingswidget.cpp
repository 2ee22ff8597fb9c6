#include "dpkcataloguesettings.h"
#include "dpklayouttemplates.h"
#include "dpkprojecttemplate.h"
#include "dpksettingswidget.h"

#include <qgsfilewidget.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>
#include <qgssettings.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace
{
//! Writes the built-in A4 template into \a folder as \a fileName, without its map when \a broken.
void writeTemplate( const QString &folder, const QString &fileName, bool broken )
{
  QFile builtIn( DpkLayoutTemplates::builtInPath( QStringLiteral( "a4-landscape" ) ) );
  ASSERT_TRUE( builtIn.open( QIODevice::ReadOnly ) );
  QByteArray xml = builtIn.readAll();
  if ( broken )
    xml.replace( "id=\"map\"", "id=\"karta\"" );
  QFile own( QDir( folder ).filePath( fileName ) );
  ASSERT_TRUE( own.open( QIODevice::WriteOnly ) );
  own.write( xml );
}

class DpkSettingsWidgetTest : public ::testing::Test
{
protected:
  void SetUp() override
  {
    ASSERT_TRUE( mFolder.isValid() );
    ASSERT_NO_FATAL_FAILURE(
        writeTemplate( mFolder.path(), QStringLiteral( "kommunens-a4.qpt" ), false ) );
    ASSERT_NO_FATAL_FAILURE(
        writeTemplate( mFolder.path(), QStringLiteral( "utan-karta.qpt" ), true ) );
  }

  void TearDown() override
  {
    QgsSettings settings;
    settings.remove( DpkLayoutTemplates::FOLDER_SETTING );
    settings.remove( QStringLiteral( "qgis/projectTemplateDir" ) );
  }

  QTemporaryDir mFolder;
};
} // namespace

TEST_F( DpkSettingsWidgetTest, ChoosingAFolderStoresItAndListsItsTemplatesBesideTheBuiltInOnes )
{
  DpkSettingsWidget widget;
  EXPECT_EQ( widget.templateList()->topLevelItemCount(), 2 );
  widget.templateFolderWidget()->setFilePath( mFolder.path() );

  EXPECT_EQ( QgsSettings().value( DpkLayoutTemplates::FOLDER_SETTING ).toString(), mFolder.path() );
  QTreeWidget *list = widget.templateList();
  ASSERT_EQ( list->topLevelItemCount(), 4 );
  QStringList rows;
  for ( int i = 0; i < list->topLevelItemCount(); ++i )
  {
    const QTreeWidgetItem *item = list->topLevelItem( i );
    rows << QStringLiteral( "%1|%2|%3" ).arg( item->text( 0 ), item->text( 1 ), item->text( 2 ) );
  }
  EXPECT_EQ( rows, ( QStringList{ QStringLiteral( "a4-landscape|built-in|sheet and atlas" ),
                                  QStringLiteral( "a3-portrait|built-in|sheet and atlas" ),
                                  QStringLiteral( "kommunens-a4|organisation|sheet and atlas" ),
                                  QStringLiteral( "utan-karta|organisation|no" ) } ) );
  // Why a template cannot be used: the file and the missing item.
  const QString problem = list->topLevelItem( 3 )->toolTip( 2 );
  EXPECT_TRUE( problem.contains( QStringLiteral( "utan-karta.qpt" ) ) ) << problem.toStdString();
  EXPECT_TRUE( problem.contains( QStringLiteral( "'map'" ) ) ) << problem.toStdString();
}

TEST_F( DpkSettingsWidgetTest, TheTemplateBoxOffersOnlyTemplatesThatMakeASheet )
{
  QgsSettings().setValue( DpkLayoutTemplates::FOLDER_SETTING, mFolder.path() );
  QComboBox box;
  DpkSettingsWidget::fillTemplateBox( &box );
  ASSERT_EQ( box.count(), 4 );
  auto *model = qobject_cast<QStandardItemModel *>( box.model() );
  ASSERT_NE( model, nullptr );
  EXPECT_EQ( box.itemData( 2 ).toString(), QStringLiteral( "kommunens-a4" ) );
  EXPECT_TRUE( model->item( 2 )->isEnabled() );
  EXPECT_EQ( box.itemText( 3 ), QStringLiteral( "utan-karta" ) );
  EXPECT_FALSE( model->item( 3 )->isEnabled() );
  EXPECT_TRUE(
      box.itemData( 3, Qt::ToolTipRole ).toString().contains( QStringLiteral( "'map'" ) ) );
}

TEST_F( DpkSettingsWidgetTest, TheButtonInstallsTheProjectTemplateAndSaysSoInTheMessageBar )
{
  QTemporaryDir templates;
  QgsSettings().setValue( QStringLiteral( "qgis/projectTemplateDir" ), templates.path() );
  QgsMessageBar bar;
  DpkSettingsWidget widget;
  widget.setMessageBar( &bar );

  auto *button =
      widget.findChild<QPushButton *>( QStringLiteral( "DataPaKartaInstallProjectTemplate" ) );
  ASSERT_NE( button, nullptr );
  button->click();

  const QString installed = QDir( templates.path() ).filePath( DpkProjectTemplate::FILE_NAME );
  EXPECT_TRUE( QFile::exists( installed ) );
  ASSERT_NE( bar.currentItem(), nullptr );
  EXPECT_EQ( bar.currentItem()->level(), Qgis::MessageLevel::Success );
  EXPECT_TRUE( bar.currentItem()->text().contains( installed ) )
      << bar.currentItem()->text().toStdString();
}

TEST_F( DpkSettingsWidgetTest, AFailedInstallationIsACriticalMessageNamingTheFile )
{
  const QString blocker = QDir( mFolder.path() ).filePath( QStringLiteral( "en-fil" ) );
  QFile file( blocker );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.close();
  QgsSettings().setValue( QStringLiteral( "qgis/projectTemplateDir" ), blocker );
  QgsMessageBar bar;
  DpkSettingsWidget widget;
  widget.setMessageBar( &bar );

  EXPECT_TRUE( widget.installProjectTemplate().isEmpty() );
  ASSERT_NE( bar.currentItem(), nullptr );
  EXPECT_EQ( bar.currentItem()->level(), Qgis::MessageLevel::Critical );
  EXPECT_TRUE( bar.currentItem()->text().contains( blocker ) );
}

TEST_F( DpkSettingsWidgetTest, ChoosingACatalogueStoresIt )
{
  DpkSettingsWidget widget;
  QgsFileWidget *catalogue = widget.catalogueWidget();
  catalogue->setFilePath( QStringLiteral( "/srv/kommunen.json" ) );
  EXPECT_EQ( DpkCatalogueSettings::organisationCataloguePath(),
             QStringLiteral( "/srv/kommunen.json" ) );
  catalogue->setFilePath( QString() );
  EXPECT_TRUE( DpkCatalogueSettings::organisationCataloguePath().isEmpty() );
}
