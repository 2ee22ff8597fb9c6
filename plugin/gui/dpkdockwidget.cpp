#include "dpkdockwidget.h"

#include "dpkcataloguesettings.h"
#include "dpklanguage.h"
#include "dpkmetadata.h"
#include "dpkqgiscompat.h"
#include "dpkrunpanel.h"
#include "dpkvalue.h"

#include <QHeaderView>
#include <QLabel>
#include <QToolBox>
#include <QTreeWidget>
#include <QVBoxLayout>

const QString DpkDockWidget::OBJECT_NAME = QStringLiteral( "DataPaKartaDock" );

DpkDockWidget::DpkDockWidget( QWidget *parent )
  : QgsDockWidget( tr( "Data på karta" ), parent )
{
  setObjectName( OBJECT_NAME );

  auto *content = new QWidget( this );
  auto *layout = new QVBoxLayout( content );

  auto *intro = new QLabel(
      tr( "Maps of school results from Skolverket's statistics, by school and by area." ),
      content );
  intro->setObjectName( QStringLiteral( "DataPaKartaIntro" ) );
  intro->setWordWrap( true );
  layout->addWidget( intro );

  // Above the pages, because a broken catalogue concerns the run form as much as the list.
  mCatalogueError = new QLabel( content );
  mCatalogueError->setObjectName( QStringLiteral( "DataPaKartaCatalogueError" ) );
  mCatalogueError->setWordWrap( true );
  mCatalogueError->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mCatalogueError->setStyleSheet( QStringLiteral( "color: #b00020;" ) );
  mCatalogueError->hide();
  layout->addWidget( mCatalogueError );

  mPages = new QToolBox( content );
  mPages->setObjectName( QStringLiteral( "DataPaKartaPages" ) );
  mRunPanel = new DpkRunPanel( mPages );
  mPages->addItem( mRunPanel, tr( "Make map" ) );
  mPages->addItem( buildIndicatorsPage(), tr( "Indicators" ) );
  mPages->addItem( buildMarksPage(), tr( "About marks" ) );
  layout->addWidget( mPages, 1 );
  loadCatalogue();

  auto *version =
      new QLabel( tr( "Version %1" ).arg( QStringLiteral( DPK_PLUGIN_VERSION ) ), content );
  version->setEnabled( false );
  layout->addWidget( version );

  setWidget( content );
}

QWidget *DpkDockWidget::buildIndicatorsPage()
{
  auto *page = new QWidget( mPages );
  auto *layout = new QVBoxLayout( page );
  layout->setContentsMargins( 0, 0, 0, 0 );
  mIndicatorsView = new QTreeWidget( page );
  mIndicatorsView->setObjectName( QStringLiteral( "DataPaKartaIndicators" ) );
  mIndicatorsView->setRootIsDecorated( false );
  mIndicatorsView->setHeaderLabels( { tr( "Indicator" ), tr( "Unit" ), tr( "Minimum group" ) } );
  mIndicatorsView->header()->setStretchLastSection( false );
  mIndicatorsView->header()->setSectionResizeMode( 0, QHeaderView::Stretch );
  mIndicatorsView->header()->setSectionResizeMode( 1, QHeaderView::ResizeToContents );
  mIndicatorsView->header()->setSectionResizeMode( 2, QHeaderView::ResizeToContents );
  layout->addWidget( mIndicatorsView );
  return page;
}

QWidget *DpkDockWidget::buildMarksPage()
{
  auto *page = new QWidget( mPages );
  auto *layout = new QVBoxLayout( page );
  layout->setContentsMargins( 0, 0, 0, 0 );
  auto *marksTitle = new QLabel( tr( "Skolverket's marks" ), page );
  marksTitle->setObjectName( QStringLiteral( "DataPaKartaMarksTitle" ) );
  layout->addWidget( marksTitle );

  mMarksView = new QTreeWidget( page );
  mMarksView->setObjectName( QStringLiteral( "DataPaKartaMarks" ) );
  mMarksView->setRootIsDecorated( false );
  mMarksView->setHeaderLabels( { tr( "Mark" ), tr( "Meaning" ) } );
  mMarksView->header()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  populateMarks();
  layout->addWidget( mMarksView, 1 );

  auto *privacy = new QLabel( tr( "No figure based on fewer pupils than an indicator's minimum "
                                  "group is ever shown, in any layer, label, table or print." ),
                              page );
  privacy->setObjectName( QStringLiteral( "DataPaKartaPrivacy" ) );
  privacy->setWordWrap( true );
  layout->addWidget( privacy );
  return page;
}

void DpkDockWidget::setMessageBar( QgsMessageBar *bar )
{
  mRunPanel->setMessageBar( bar );
}

void DpkDockWidget::setPluginHost( DpkPluginHost *host )
{
  mRunPanel->setPluginHost( host );
}

QString DpkDockWidget::indicatorLanguage()
{
  return DpkLanguage::current();
}

void DpkDockWidget::loadCatalogue()
{
  showCatalogue( DpkCatalogueSettings::load() );
}

void DpkDockWidget::showCatalogue( const DpkResult<DpkIndicatorCatalogue> &catalogue )
{
  mIndicatorsView->clear();
  mRunPanel->setCatalogue( catalogue.isOk() ? catalogue.value() : DpkIndicatorCatalogue() );
  if ( !catalogue.isOk() )
  {
    const QString message =
        tr( "The indicator catalogue could not be loaded:\n%1" ).arg( catalogue.error() );
    mCatalogueError->setText( message );
    mCatalogueError->show();
    DpkQgisCompat::logWarning( message );
    return;
  }
  mCatalogueError->clear();
  mCatalogueError->hide();

  const QString language = indicatorLanguage();
  for ( const DpkIndicator &indicator : catalogue.value().indicators() )
  {
    auto *item = new QTreeWidgetItem( mIndicatorsView );
    item->setText( 0, indicator.name( language ) );
    item->setText( 1, DpkIndicatorCatalogue::unitName( indicator.unit ) );
    item->setText( 2, QString::number( indicator.minimumGroup ) );
    item->setTextAlignment( 2, Qt::AlignRight | Qt::AlignVCenter );
    item->setData( 0, Qt::UserRole, indicator.id );
    for ( int column = 0; column < mIndicatorsView->columnCount(); ++column )
      item->setToolTip( column, indicator.description( language ) );
  }
}

void DpkDockWidget::populateMarks()
{
  for ( const DpkValue::Status status : DpkValue::allStatuses() )
  {
    const QString mark = DpkValue::statusMark( status );
    if ( mark.isEmpty() )
      continue;
    auto *item = new QTreeWidgetItem( mMarksView );
    item->setText( 0, mark );
    item->setText( 1, DpkValue::statusDescription( status ) );
  }
  auto *approximate = new QTreeWidgetItem( mMarksView );
  approximate->setText( 0, QStringLiteral( "cirka N" ) );
  approximate->setText( 1, DpkValue::statusDescription( DpkValue::Status::Approximate ) );
}
