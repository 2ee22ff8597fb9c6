#include "dpksettingswidget.h"

#include "dpkcataloguesettings.h"
#include "dpklayoutbuilder.h"
#include "dpklayouttemplates.h"
#include "dpkprojecttemplate.h"

#include <qgsfilewidget.h>
#include <qgsmessagebar.h>
#include <qgssettings.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

DpkSettingsWidget::DpkSettingsWidget( QWidget *parent )
  : QWidget( parent )
{
  auto *layout = new QVBoxLayout( this );

  auto *organisation = new QGroupBox( tr( "The organisation's own files" ), this );
  auto *form = new QFormLayout( organisation );
  mCatalogue = new QgsFileWidget( organisation );
  mCatalogue->setFilter( tr( "Indicator catalogues (*.json)" ) );
  mCatalogue->setFilePath( DpkCatalogueSettings::organisationCataloguePath() );
  mCatalogue->setToolTip( tr( "The organisation's own indicators, read on top of the standard "
                              "ones" ) );
  form->addRow( tr( "Indicator catalogue" ), mCatalogue );
  mTemplateFolder = new QgsFileWidget( organisation );
  mTemplateFolder->setStorageMode( QgsFileWidget::GetDirectory );
  mTemplateFolder->setFilePath(
      QgsSettings().value( DpkLayoutTemplates::FOLDER_SETTING ).toString() );
  mTemplateFolder->setToolTip(
      tr( "A folder of layout templates (.qpt) offered beside the built-in ones, besides QGIS's "
          "own template folders" ) );
  form->addRow( tr( "Layout templates" ), mTemplateFolder );
  mLogo = new QgsFileWidget( organisation );
  mLogo->setFilter( tr( "Images (*.svg *.png *.jpg)" ) );
  mLogo->setFilePath( QgsSettings().value( DpkLayoutBuilder::LOGO_SETTING ).toString() );
  form->addRow( tr( "Logo on map sheets" ), mLogo );
  layout->addWidget( organisation );

  auto *templates = new QGroupBox( tr( "Layout templates for map sheets" ), this );
  auto *templateLayout = new QVBoxLayout( templates );
  mTemplates = new QTreeWidget( templates );
  mTemplates->setObjectName( QStringLiteral( "DataPaKartaTemplateList" ) );
  mTemplates->setHeaderLabels( { tr( "Name" ), tr( "From" ), tr( "Usable" ) } );
  mTemplates->setRootIsDecorated( false );
  mTemplates->header()->setSectionResizeMode( QHeaderView::ResizeToContents );
  templateLayout->addWidget( mTemplates );
  layout->addWidget( templates, 1 );

  auto *project = new QGroupBox( tr( "Project template" ), this );
  auto *projectLayout = new QVBoxLayout( project );
  mInstallNote = new QLabel(
      tr( "A QGIS project with the plugin's group, a map sheet per standard indicator and a run "
          "to complete in the panel. Once installed, Project → New from Template offers it." ),
      project );
  mInstallNote->setWordWrap( true );
  projectLayout->addWidget( mInstallNote );
  mInstall = new QPushButton( tr( "Install the project template" ), project );
  mInstall->setObjectName( QStringLiteral( "DataPaKartaInstallProjectTemplate" ) );
  mInstall->setToolTip(
      tr( "Copies the template into %1" ).arg( DpkProjectTemplate::templateFolder() ) );
  projectLayout->addWidget( mInstall, 0, Qt::AlignLeft );
  layout->addWidget( project );

  connect( mCatalogue, &QgsFileWidget::fileChanged, this,
           []( const QString &path )
           { DpkCatalogueSettings::setOrganisationCataloguePath( path ); } );
  connect( mTemplateFolder, &QgsFileWidget::fileChanged, this,
           [ this ]( const QString &folder )
           {
             QgsSettings settings;
             if ( folder.isEmpty() )
               settings.remove( DpkLayoutTemplates::FOLDER_SETTING );
             else
               settings.setValue( DpkLayoutTemplates::FOLDER_SETTING, folder );
             showTemplates();
           } );
  connect( mLogo, &QgsFileWidget::fileChanged, this,
           []( const QString &path )
           {
             QgsSettings settings;
             if ( path.isEmpty() )
               settings.remove( DpkLayoutBuilder::LOGO_SETTING );
             else
               settings.setValue( DpkLayoutBuilder::LOGO_SETTING, path );
           } );
  connect( mInstall, &QPushButton::clicked, this, &DpkSettingsWidget::installProjectTemplate );

  showTemplates();
}

void DpkSettingsWidget::setMessageBar( QgsMessageBar *bar )
{
  mMessageBar = bar;
}

void DpkSettingsWidget::showTemplates()
{
  mTemplates->clear();
  for ( const DpkLayoutTemplate &entry : DpkLayoutTemplates::fromSettings().available() )
  {
    const QString origin = entry.origin == DpkLayoutTemplate::Origin::BuiltIn
                               ? tr( "built-in" )
                               : tr( "organisation" );
    const QString usable = !entry.valid  ? tr( "no" )
                           : entry.atlas ? tr( "sheet and atlas" )
                                         : tr( "sheet only" );
    auto *item = new QTreeWidgetItem( mTemplates, { entry.name, origin, usable } );
    item->setToolTip( 0, entry.path );
    item->setToolTip( 2, entry.problem );
    if ( !entry.valid )
      item->setForeground( 2, QColor( 176, 0, 32 ) );
  }
}

void DpkSettingsWidget::fillTemplateBox( QComboBox *box )
{
  box->clear();
  auto *model = qobject_cast<QStandardItemModel *>( box->model() );
  for ( const DpkLayoutTemplate &entry : DpkLayoutTemplates::fromSettings().available() )
  {
    box->addItem( entry.name, entry.name );
    const int index = box->count() - 1;
    box->setItemData( index, entry.valid ? entry.path : entry.problem, Qt::ToolTipRole );
    if ( !entry.valid && model )
      model->item( index )->setEnabled( false );
  }
}

QString DpkSettingsWidget::installProjectTemplate()
{
  const DpkResult<QString> installed =
      DpkProjectTemplate::install( DpkProjectTemplate::templateFolder() );
  if ( mMessageBar )
  {
    if ( installed.isOk() )
      mMessageBar->pushMessage( tr( "Data på karta" ),
                                tr( "The project template is installed as %1: Project → New from "
                                    "Template offers it." )
                                    .arg( installed.value() ),
                                Qgis::MessageLevel::Success );
    else
      mMessageBar->pushMessage(
          tr( "Data på karta" ),
          tr( "The project template could not be installed: %1" ).arg( installed.error() ),
          Qgis::MessageLevel::Critical );
  }
  return installed.isOk() ? installed.value() : QString();
}
