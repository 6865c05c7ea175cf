package io.kaola.logistics.returns.application;

import io.kaola.common.error.CommonError;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.ReturnShipmentView;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.api.WaybillStatus;
import io.kaola.logistics.carrier.application.CarrierAdapter;
import io.kaola.logistics.carrier.application.Carriers;
import io.kaola.logistics.carrier.domain.IssuedWaybill;
import io.kaola.logistics.carrier.domain.ReturnRequest;
import io.kaola.logistics.returns.domain.ReturnShipment;
import io.kaola.logistics.returns.domain.ReturnShipmentRepository;
import io.kaola.logistics.tracking.domain.Parcel;
import io.kaola.logistics.tracking.domain.TrackingRepository;
import io.kaola.logistics.waybill.application.OrderLookup;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.ShippingAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Books a return pickup for kaola-order (docs/logistics.md "Returns"). Idempotent on the return id: a stored return
 * waybill is answered as it is now; otherwise the order's outbound waybill must exist and have been handed to the
 * carrier (SHIPPED), the order's delivery address is read from kaola-order, the outbound waybill's carrier books the
 * pickup (idempotent on the return id, so a crash between its answer and our insert books the same number), and the
 * return waybill is stored ({@code INSERT IGNORE}; a lost race reloads). Its tracking is applied like any parcel's,
 * under its own number: the outbound waybill and its tracking never change.
 */
@Component
public class BookReturn {
    public static final int MAX_ID_LENGTH = 64;
    private static final Logger log = LoggerFactory.getLogger(BookReturn.class);

    private final ReturnShipmentRepository returns;
    private final WaybillRepository waybills;
    private final TrackingRepository tracking;
    private final OrderLookup orders;
    private final Carriers carriers;

    public BookReturn(ReturnShipmentRepository returns, WaybillRepository waybills, TrackingRepository tracking,
                      OrderLookup orders, Carriers carriers) {
        this.returns = returns;
        this.waybills = waybills;
        this.tracking = tracking;
        this.orders = orders;
        this.carriers = carriers;
    }

    /**
     * @param returnId the return, 1..64 characters (idempotency key)
     * @param orderNo  the order, 1..64 characters
     * @return the return waybill, BOOKED until the carrier's first event, then its parcel's status
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (ids blank or too long, the return id
     *         booked for another order), LOGISTICS_WAYBILL_NOT_FOUND (no outbound waybill, or it never shipped:
     *         CREATED or CANCELLED), LOGISTICS_CARRIER_UNAVAILABLE, COMMON_SERVICE_UNAVAILABLE, ORDER_NOT_FOUND
     */
    public ReturnShipmentView book(String returnId, String orderNo) {
        requireId("returnId", returnId);
        requireId("orderNo", orderNo);
        Optional<ReturnShipment> existing = returns.findByReturnId(returnId);
        if (existing.isPresent()) return view(sameOrderOrRefuse(existing.get(), orderNo));

        Waybill outbound = waybills.findByOrderNo(orderNo).orElseThrow(() -> LogisticsError.WAYBILL_NOT_FOUND.exception(
                "order " + orderNo + " has no waybill: it never shipped, so there is nothing to bring back"));
        if (outbound.status() != WaybillStatus.SHIPPED) {
            throw LogisticsError.WAYBILL_NOT_FOUND.exception("order " + orderNo + "'s waybill " + outbound.logisticsNo()
                    + " is " + outbound.status() + ": the parcel never left the bonded warehouse, so there is nothing to bring back");
        }
        OrderView order = orders.findByOrderNo(orderNo);
        ShippingAddress address = order.address();
        ReturnRequest request = new ReturnRequest(returnId, orderNo, outbound.warehouseCode(), address.consignee(),
                address.phone(), address.province(), address.city(), address.district(), address.detail());
        CarrierAdapter carrier = carriers.byCode(outbound.carrier());
        IssuedWaybill issued = carrier.bookReturn(request);
        ReturnShipment shipment = new ReturnShipment(returnId, orderNo, outbound.buyerId(), carrier.code(),
                issued.logisticsCode(), issued.logisticsName(), issued.logisticsNo(), outbound.logisticsNo(),
                address.consignee(), address.phone(), request.fullAddress(), outbound.warehouseCode(), issued.issuedAt());
        if (!returns.insert(shipment)) shipment = sameOrderOrRefuse(returns.findByReturnId(returnId).orElseThrow(), orderNo);
        else log.info("return {} of order {}: pickup booked with {} as {}", returnId, orderNo, carrier.code(),
                shipment.logisticsNo());
        return view(shipment);
    }

    private ReturnShipmentView view(ReturnShipment s) {
        TrackingStatus status = tracking.findParcel(s.logisticsNo()).map(Parcel::status).orElse(null);
        return new ReturnShipmentView(s.returnId(), s.orderNo(), s.logisticsNo(),
                status == null ? TrackingStatus.BOOKED : status, s.bookedAt());
    }

    private static ReturnShipment sameOrderOrRefuse(ReturnShipment existing, String orderNo) {
        if (existing.orderNo().equals(orderNo)) return existing;
        throw CommonError.INVALID_REQUEST.exception("return " + existing.returnId() + " is booked for another order");
    }

    private static void requireId(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception(field + " must have 1 to " + MAX_ID_LENGTH + " characters");
        }
    }
}
