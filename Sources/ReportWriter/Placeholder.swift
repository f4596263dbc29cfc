import ClaimModel
